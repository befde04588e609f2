{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.lazyAttrsOf (types.listOf types.int); }; }; }
    { s.a = mkIf false [ 1 ]; }
  ];
  read = r: r.config.s;
}
