# The ISO image is a derivation of nixj's builders, named as NixOS names it.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let i = (n.config [ n.installerMinimal ]).system.build.isoImage; in { inherit (i) name; drv = builtins.match "/nix/store/[0-9a-z]{32}-(.*)" i.drvPath; }
