# nixos/lib's evalModules: the nixos class and modulesPath, no NixOS modules.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let e = (import (nixpkgs + "/nixos/lib") { inherit (n) lib; }).evalModules {
  modules = [ ({ lib, modulesPath, ... }: { options.where = lib.mkOption { default = builtins.baseNameOf modulesPath; }; }) ];
}; in { inherit (e) class; where = e.config.where; }
