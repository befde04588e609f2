{ lib }:
with lib;
{
  modules = [
    ./a.nix
    ./b.nix
  ];
  read = r: r.config.v;
}
