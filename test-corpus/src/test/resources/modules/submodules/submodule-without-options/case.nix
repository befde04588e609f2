{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { config.x = 1; }; }; }
    { s.x = 2; }
  ];
  read = r: r.config.s;
}
