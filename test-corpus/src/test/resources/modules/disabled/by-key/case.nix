{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { key = "mine"; l = [ "keyed" ]; }
    { l = [ "other" ]; }
    { disabledModules = [ { key = "mine"; } ]; }
  ];
  read = r: r.config.l;
}
