# Reading an option whose value is a package fails, naming the package.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ({ pkgs, ... }: { environment.defaultPackages = [ ]; environment.systemPackages = [ pkgs.firefox ]; }) ]).environment.systemPackages
