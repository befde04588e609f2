{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf types.int; }; }
    { v = [ 1 "two" ]; }
  ];
  read = r: r.config.v;
}
