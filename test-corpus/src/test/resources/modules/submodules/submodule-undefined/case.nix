{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { options.x = mkOption { default = 1; }; }; }; }
  ];
  read = r: r.config.s;
}
