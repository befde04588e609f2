{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { l = [ "x" ]; }
    { l = [ "x" ]; }
  ];
  read = r: r.config.l;
}
