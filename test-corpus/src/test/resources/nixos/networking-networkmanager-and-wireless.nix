# NetworkManager and wpa_supplicant together fail NixOS's assertion.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { networking.networkmanager.enable = true; networking.wireless.enable = true; } ]).system.build.toplevel
