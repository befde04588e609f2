{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./fn.nix
  ];
  read = r: r.config.l;
}
