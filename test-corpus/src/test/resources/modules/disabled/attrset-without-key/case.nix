{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { disabledModules = [ { l = [ ]; } ]; }
  ];
  read = r: r.config.l;
}
