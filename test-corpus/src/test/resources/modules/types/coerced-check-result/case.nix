{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.coercedTo types.int (n: n) types.str; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
