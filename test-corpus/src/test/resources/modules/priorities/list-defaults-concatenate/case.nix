{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.int; default = [ 0 ]; }; }; }
    { l = mkDefault [ 1 ]; }
    { l = mkDefault [ 2 ]; }
  ];
  read = r: r.config.l;
}
