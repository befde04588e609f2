{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.functionTo types.int; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
