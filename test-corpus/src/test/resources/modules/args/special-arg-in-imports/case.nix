{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ extra, ... }: { imports = [ extra ]; })
  ];
  read = r: r.config.v;
  specialArgs.extra = { v = "imported through a special argument"; };
}
