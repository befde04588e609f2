{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; }; }
    { config = mkMerge [ (mkIf true (mkMerge [ { x.v = 1; } (mkIf false { x.y.z = 3; }) ])) ]; }
  ];
  read = r: r.config;
}
