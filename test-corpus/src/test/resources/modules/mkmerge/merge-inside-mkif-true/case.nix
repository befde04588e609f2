{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; }; }
    { config = mkIf true (mkMerge [ { x.v = 1; } { x.y.z = 2; } ]); }
  ];
  read = r: r.config;
}
