# system.name follows the host name ('unnamed' for an empty one).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{ named = (n.config [ { networking.hostName = "eta"; } ]).system.name; empty = (n.config [ { networking.hostName = ""; } ]).system.name; default = (n.config [ ]).system.name; }
