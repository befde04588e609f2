{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { options.x = mkOption { default = 1; }; }; default = { }; }; }
    { options.s.y = mkOption { default = 2; }; }
  ];
  read = r: r.config.s;
}
