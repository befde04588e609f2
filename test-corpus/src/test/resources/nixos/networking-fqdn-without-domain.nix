# Without a domain there is no FQDN.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { networking.hostName = "iota"; } ]).networking.fqdn
