{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; }; }
    { config = mkIf true { x = mkIf true { y = mkIf true { z = 7; }; }; }; }
  ];
  read = r: r.config;
}
