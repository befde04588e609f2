{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.functionTo (types.listOf types.int); }; }
    { v = x: [ x ]; }
    { v = x: [ (x * 2) ]; }
  ];
  read = r: r.config.v 5;
}
