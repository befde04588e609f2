{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./left.nix
    ./right.nix
  ];
  read = r: r.options.l.files;
}
