# nixos/default.nix with a configuration argument: config, options, system.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = import (nixpkgs + "/nixos") { configuration = { networking.hostName = "epsilon"; }; system = "x86_64-linux"; }; in { attrs = builtins.attrNames s; host = s.config.networking.hostName; declared = s.options.networking.hostName.declarations != [ ]; }
