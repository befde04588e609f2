{ lib }:
with lib;
{
  modules = [
    ./bad.nix
  ];
  read = r: r.config;
}
