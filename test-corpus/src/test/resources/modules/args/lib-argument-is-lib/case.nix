{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ lib, ... }: { v = lib.mkForce 3; })
  ];
  read = r: r.config.v;
}
