{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.u32; }; }
    { v = 4294967295; }
  ];
  read = r: r.config.v;
}
