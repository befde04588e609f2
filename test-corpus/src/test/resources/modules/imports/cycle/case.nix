{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
  ];
  read = r: r.config.l;
}
