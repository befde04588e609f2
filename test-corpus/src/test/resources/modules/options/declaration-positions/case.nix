{ lib }:
with lib;
{
  modules = [
    ./decl.nix
  ];
  read = r: r.options.v.declarationPositions;
}
