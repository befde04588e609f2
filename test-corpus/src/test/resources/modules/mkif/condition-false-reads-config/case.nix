{ lib }:
with lib;
{
  modules = [
    { options = { x.y.z = mkOption { type = types.int; default = 0; }; x.y.w = mkOption { type = types.int; default = 0; }; x.v = mkOption { type = types.int; default = 0; }; enable = mkEnableOption "thing"; }; }
    ({ config, ... }: { config = mkIf config.enable { x.v = 9; }; })
  ];
  read = r: r.config.x.v;
}
