# hardware.opengl.driSupport was removed: building a system that sets it fails, saying what to do.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { hardware.opengl.driSupport = true; } ]).system.build.toplevel
