{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.int; }; }; }
    { l = mkIf false [ 1 ]; }
    { l = [ 2 ]; }
  ];
  read = r: r.config.l;
}
