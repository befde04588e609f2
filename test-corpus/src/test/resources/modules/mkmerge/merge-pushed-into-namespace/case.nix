{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; }; }
    { x = mkMerge [ { v = 1; } { y.w = 2; } ]; }
  ];
  read = r: r.config;
}
