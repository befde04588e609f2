{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
    { disabledModules = [ ./a.nix ]; }
  ];
  read = r: r.config.l;
}
