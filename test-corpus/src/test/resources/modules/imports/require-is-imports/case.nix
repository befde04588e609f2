{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { require = [ { l = [ "required" ]; } ]; }
  ];
  read = r: r.config.l;
}
