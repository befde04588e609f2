# A system account keeps the plain defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = (n.config [ { users.users.svc = { isSystemUser = true; group = "svc"; }; users.groups.svc = { }; } ]); in
{ user = { inherit (s.users.users.svc) home createHome useDefaultShell group; }; group = s.users.groups.svc; }
