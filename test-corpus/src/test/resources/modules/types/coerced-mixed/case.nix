{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.coercedTo types.int (n: [ n ]) (types.listOf types.int); }; }
    { v = 1; }
    { v = [ 2 ]; }
  ];
  read = r: r.config.v;
}
