{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nullOr types.int; }; }
    { v = null; }
    { v = null; }
  ];
  read = r: r.config.v;
}
