# What eval-config.nix returns.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let e = n.eval [ ]; in { attrs = builtins.attrNames e; class = e.class; system = e.pkgs.stdenv.hostPlatform.system; libIsLib = e.lib ? evalModules; }
