{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf (types.listOf types.int); }; }
    { v = [ [ 1 ] [ ] ]; }
    { v = [ [ 2 3 ] ]; }
  ];
  read = r: r.config.v;
}
