# The GNOME installer evaluates, but nixj has no GNOME packages yet: building it names the first one missing.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ (n.installerGraphical "gnome") ]).system.build.toplevel.drvPath
