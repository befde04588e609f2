{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.u8; }; }
    { v = 255; }
  ];
  read = r: r.config.v;
}
