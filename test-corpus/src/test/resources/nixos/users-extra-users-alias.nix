# users.extraUsers and users.extraGroups are other names of users.users and users.groups.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let u = (n.config [ { users.extraUsers.root.password = "bar"; users.extraGroups.builders.gid = 2000; } ]).users; in
{ password = u.users.root.password; gid = u.groups.builders.gid; }
