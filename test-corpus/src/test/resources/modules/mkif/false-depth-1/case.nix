{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; }; }
    { x = mkIf false { y.z = 1; v = 2; }; }
    { x.y.w = 3; }
  ];
  read = r: r.config;
}
