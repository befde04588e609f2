{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
    ./c.nix
    { disabledModules = [ ./shared.nix ]; }
  ];
  read = r: r.config.l;
}
