# system.stateVersion: NixOS's release when unset, else the definition.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{ unset = (n.config [ ]).system.stateVersion; set = (n.config [ { system.stateVersion = "23.11"; } ]).system.stateVersion; }
