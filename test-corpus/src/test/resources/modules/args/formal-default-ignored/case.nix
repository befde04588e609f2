{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ missing ? "default", ... }: { v = missing; })
  ];
  read = r: r.config.v;
}
