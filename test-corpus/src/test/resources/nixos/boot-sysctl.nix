# boot.kernel.sysctl, with NixOS's printk default.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { boot.kernel.sysctl."vm.swappiness" = 10; } ]).boot.kernel.sysctl
