{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nullOr types.int; }; }
    { v = null; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
