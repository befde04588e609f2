{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.s16; }; }
    { v = (-32769); }
  ];
  read = r: r.config.v;
}
