{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.unsigned; }; }
    { v = (-1); }
  ];
  read = r: r.config.v;
}
