{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    (setDefaultModuleLocation "located.nix" { l = [ "x" ]; })
  ];
  read = r: r.options.l.files;
}
