{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
    ./b.nix
  ];
  read = r: r.config.l;
}
