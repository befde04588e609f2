# A normal account with a uid of 1000 or more passes NixOS's assertions.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { users.users.alice = { isNormalUser = true; uid = 1000; }; } ]).system.build.toplevel.name
