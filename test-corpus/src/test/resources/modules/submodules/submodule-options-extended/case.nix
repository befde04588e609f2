{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { options.x = mkOption { default = 1; }; }; }; }
    { options.s = mkOption { type = types.submodule { options.y = mkOption { default = 2; }; }; }; }
    { s = { }; }
  ];
  read = r: r.config.s;
}
