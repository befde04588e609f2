{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.s8; }; }
    { v = 128; }
  ];
  read = r: r.config.v;
}
