{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { disabledModules = [ ./decl.nix ]; l = [ "x" ]; }
  ];
  read = r: r.config.l;
}
