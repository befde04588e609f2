{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf (types.listOf types.int); }; }
    { v = [ [ 1 "x" ] ]; }
  ];
  read = r: r.config.v;
}
