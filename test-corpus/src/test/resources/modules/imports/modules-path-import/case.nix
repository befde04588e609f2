{ lib }:
with lib;
{
  modules = [
    { options.l = mkOption { type = types.listOf types.str; }; }
    ({ modulesPath, ... }: { imports = [ (modulesPath + "/extra.nix") ]; })
  ];
  read = r: r.config.l;
  specialArgs.modulesPath = ./mods;
}
