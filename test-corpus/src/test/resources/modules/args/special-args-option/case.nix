{ lib }:
with lib;
{
  modules = [
    ./decl.nix
  ];
  read = r: r._module.specialArgs;
  specialArgs.greeting = "hi";
}
