# modulesPath is a special argument: a profile imported through it.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ ({ modulesPath, ... }: { imports = [ (modulesPath + "/profiles/minimal.nix") ]; }) ]; in
{ docs = c.documentation.enable; man = c.documentation.man.enable; commandNotFound = c.programs.command-not-found.enable; }
