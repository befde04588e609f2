{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./b.nix
    ./disabler.nix
  ];
  read = r: r.config.l;
}
