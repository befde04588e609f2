{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { options.x = mkOption { }; }; }; }
    { s = { config.x = 5; }; }
  ];
  read = r: r.config.s;
}
