# module-list.nix lists NixOS's modules, every one a file that exists.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let l = import (nixpkgs + "/nixos/modules/module-list.nix"); in { enough = builtins.length l > 40; exist = builtins.all builtins.pathExists l; }
