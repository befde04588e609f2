# When every assertion holds, the system is there.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let t = (n.config [ n.machine ]).system.build.toplevel; in { inherit (t) type name; }
