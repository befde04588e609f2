# nixpkgs.config: definitions merge (lists concatenate) and pkgs.config has the result.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let e = n.eval [
  { nixpkgs.config.allowUnfree = true; }
  { nixpkgs.config.permittedInsecurePackages = [ "a-1" ]; }
  { nixpkgs.config.permittedInsecurePackages = [ "b-2" ]; }
]; in { option = e.config.nixpkgs.config; pkgs = e.pkgs.config.allowUnfree; }
