{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { }; }
    ./typo.nix
  ];
  read = r: r.config;
}
