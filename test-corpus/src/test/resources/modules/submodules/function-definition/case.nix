{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { options.x = mkOption { }; options.y = mkOption { }; }; }; }
    { s = { config, ... }: { x = 1; y = config.x + 1; }; }
  ];
  read = r: r.config.s;
}
