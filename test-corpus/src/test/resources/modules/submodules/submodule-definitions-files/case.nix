{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
  ];
  read = r: r.options.s.files;
}
