# Modules of lib.nixosSystem get the flake's lib, which has nixosSystem.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.lib.nixosSystem { system = "x86_64-linux"; modules = [ ({ lib, ... }: { networking.hostName = if lib ? nixosSystem then "yes" else "no"; }) ]; }).config.networking.hostName
