{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
    ./b.nix
    { disabledModules = [ (toString ./b.nix) ]; }
  ];
  read = r: r.config.l;
}
