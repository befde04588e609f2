# A normal account's uid is 1000 or more.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { users.users.carol = { isNormalUser = true; uid = 500; }; } ]).system.build.toplevel
