{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { disabledModules = [ (x: x) ]; }
  ];
  read = r: r.config.l;
}
