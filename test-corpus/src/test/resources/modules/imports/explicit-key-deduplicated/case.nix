{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { key = "k"; l = [ "first" ]; }
    { key = "k"; l = [ "second" ]; }
  ];
  read = r: r.config.l;
}
