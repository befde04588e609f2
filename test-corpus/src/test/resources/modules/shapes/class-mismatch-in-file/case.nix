{ lib }:
with lib;
{
  modules = [
    ./other.nix
  ];
  read = r: r.config;
  class = "nixos";
}
