# nixos/release.nix: the ISO jobs per system, named after their edition (seed 004). nixj has
# Debian's packages for x86_64-linux only, so only that system's jobs can be built.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let r = import (nixpkgs + "/nixos/release.nix") { }; job = j: { inherit (j) name system type outputName outputs; }; in
{
  jobs = builtins.attrNames r;
  systems = builtins.attrNames r.iso_minimal;
  minimal = job r.iso_minimal.x86_64-linux;
}
