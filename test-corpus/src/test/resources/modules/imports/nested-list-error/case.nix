{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { imports = [ [ ./decl.nix ] ]; }
  ];
  read = r: r.config.l;
}
