{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.int; }; }; }
    { l = mkMerge [ (mkMerge [ [ 1 ] [ 2 ] ]) [ 3 ] ]; }
  ];
  read = r: r.config.l;
}
