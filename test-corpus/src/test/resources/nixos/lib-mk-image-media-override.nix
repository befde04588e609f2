# lib.mkImageMediaOverride is mkOverride 60: between a plain definition and mkForce.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{ imageMedia = (n.lib.mkImageMediaOverride true).priority; force = (mkForce true).priority; default = (mkDefault true).priority; vm = (n.lib.mkVMOverride true).priority; }
