{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { imports = [ ./decl.nix ]; }
  ];
  read = r: builtins.length (builtins.filter (n: n.key == toString ./decl.nix) r.graph);
}
