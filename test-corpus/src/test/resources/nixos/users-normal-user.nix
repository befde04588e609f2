# isNormalUser derives the group, home, createHome, useDefaultShell and subordinate ids.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let a = (n.config [ { users.users.alice = { isNormalUser = true; description = "Alice"; extraGroups = [ "wheel" ]; }; } ]).users.users.alice; in
{ inherit (a) name group home homeMode createHome useDefaultShell isSystemUser autoSubUidGidRange description extraGroups uid; }
