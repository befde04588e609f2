# swapDevices, by device or label.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
map (s: { inherit (s) device size priority realDevice; }) (n.config [ { swapDevices = [ { device = "/dev/sda2"; } { label = "swap"; priority = 5; } ]; } ]).swapDevices
