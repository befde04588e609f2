{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { l = [ "A" ]; imports = [ { l = [ "A-imp" ]; } ]; }
    { l = [ "B" ]; }
  ];
  read = r: r.config.l;
}
