# The groups NixOS always has, their ids, and members from extraGroups.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let g = (n.config [ { users.users.alice = { isNormalUser = true; extraGroups = [ "wheel" "video" ]; }; } ]).users.groups; in
{ names = builtins.attrNames g; wheel = g.wheel; video = g.video.members; users = g.users.gid; }
