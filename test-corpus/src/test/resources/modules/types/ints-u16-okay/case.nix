{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.u16; }; }
    { v = 65535; }
  ];
  read = r: r.config.v;
}
