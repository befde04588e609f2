{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { _module.specialArgs.x = 1; }
  ];
  read = r: r._module.specialArgs;
}
