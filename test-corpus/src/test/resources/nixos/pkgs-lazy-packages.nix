# Packages that are not read do not matter: the rest of the configuration evaluates.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ ({ pkgs, ... }: { environment.systemPackages = with pkgs; [ vim git ]; boot.kernelPackages = pkgs.linuxPackages_latest; networking.hostName = "zeta"; }) ]; in
{ host = c.networking.hostName; firewall = c.networking.firewall.enable; }
