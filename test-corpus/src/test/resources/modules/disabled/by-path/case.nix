{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
    ./b.nix
    { disabledModules = [ ./b.nix ]; }
  ];
  read = r: r.config.l;
}
