{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./mods/b.nix
    { disabledModules = [ "b.nix" ]; l = [ "kept" ]; }
  ];
  read = r: r.config.l;
  specialArgs.modulesPath = ./mods;
}
