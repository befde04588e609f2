{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ nothere, ... }: { v = nothere; })
  ];
  read = r: r.config.v;
}
