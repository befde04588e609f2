# The built system is a derivation of nixj's builders, named as NixOS names it.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let t = (n.config [ n.machine ]).system.build.toplevel; in { inherit (t) name; drv = builtins.match "/nix/store/[0-9a-z]{32}-(.*)" t.drvPath; }
