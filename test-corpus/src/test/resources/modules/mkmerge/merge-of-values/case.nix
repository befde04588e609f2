{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.int; }; }; }
    { l = mkMerge [ [ 1 ] (mkIf true [ 2 ]) (mkIf false [ 3 ]) ]; }
    { l = [ 4 ]; }
  ];
  read = r: r.config.l;
}
