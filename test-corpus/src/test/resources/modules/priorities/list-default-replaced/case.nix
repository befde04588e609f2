{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.int; default = [ 0 ]; }; }; }
    { l = [ 1 ]; }
  ];
  read = r: r.config.l;
}
