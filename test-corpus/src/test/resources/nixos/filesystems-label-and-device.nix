# label and device together fail NixOS's assertion.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { fileSystems."/data" = { label = "data"; device = "/dev/sdb1"; }; } ]).system.build.toplevel
