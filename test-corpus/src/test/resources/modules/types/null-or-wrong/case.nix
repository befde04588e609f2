{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nullOr types.int; }; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
