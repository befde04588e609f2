# baseModules replaces NixOS's modules.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
builtins.attrNames (n.evalConfig { system = null; baseModules = [ (n.modulesPath + "/misc/assertions.nix") ]; modules = [ ]; }).config
