# A time zone has no spaces.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { time.timeZone = "Europe / Paris"; } ]).time.timeZone
