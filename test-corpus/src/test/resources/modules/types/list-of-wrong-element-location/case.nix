{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf types.int; }; }
    { v = [ 1 ]; }
    { v = [ 2 "x" ]; }
  ];
  read = r: r.config.v;
}
