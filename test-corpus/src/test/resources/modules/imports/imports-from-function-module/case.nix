{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ ... }: { imports = [ ./b.nix ]; })
  ];
  read = r: r.config.l;
}
