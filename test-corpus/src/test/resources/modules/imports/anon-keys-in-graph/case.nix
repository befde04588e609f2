{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { imports = [ { } { imports = [ { } ]; } ]; }
  ];
  read = r: map (n: { inherit (n) key; imports = map (i: i.key) n.imports; }) r.graph;
}
