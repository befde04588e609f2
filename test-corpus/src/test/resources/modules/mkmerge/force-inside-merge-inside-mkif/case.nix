{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; }; }
    { config = mkIf true (mkMerge [ { x.v = mkForce 8; } ]); }
    { x.v = 9; }
  ];
  read = r: r.config;
}
