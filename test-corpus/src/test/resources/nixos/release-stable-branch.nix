# nixos/release.nix with a stable branch and a revision: the version in the ISO name says so.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let r = import (nixpkgs + "/nixos/release.nix") { stableBranch = true; nixpkgs = { outPath = nixpkgs; revCount = 1234; shortRev = "abcdef0"; }; supportedSystems = [ "x86_64-linux" ]; }; in
{ name = r.iso_minimal.x86_64-linux.name; systems = builtins.attrNames r.iso_minimal; }
