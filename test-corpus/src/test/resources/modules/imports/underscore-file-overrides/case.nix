{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { _file = "virtual.nix"; l = [ "v" ]; }
  ];
  read = r: r.options.l.files;
}
