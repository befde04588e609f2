{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.functionTo types.int; }; }
    { v = x: "no"; }
  ];
  read = r: r.config.v 5;
}
