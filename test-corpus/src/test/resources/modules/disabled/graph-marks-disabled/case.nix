{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./b.nix
    { disabledModules = [ ./b.nix ]; }
  ];
  read = r: map (n: n.disabled) r.graph;
}
