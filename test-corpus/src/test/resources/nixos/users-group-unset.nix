# A system account without a group.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { users.users.erin.isSystemUser = true; } ]).system.build.toplevel
