# An account cannot be both normal and system.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { users.users.alice = { isNormalUser = true; isSystemUser = true; }; } ]).system.build.toplevel
