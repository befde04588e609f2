# A primary group must be declared.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { users.users.dave = { isSystemUser = true; group = "daemons"; }; } ]).system.build.toplevel
