{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.either (types.listOf types.int) types.str; }; }
    { v = [ 1 ]; }
    { v = [ 2 ]; }
  ];
  read = r: r.config.v;
}
