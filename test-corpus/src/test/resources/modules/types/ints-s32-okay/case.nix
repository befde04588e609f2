{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.s32; }; }
    { v = (-2147483648); }
  ];
  read = r: r.config.v;
}
