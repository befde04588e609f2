# networking.fqdn and /etc/hosts' own names from the host name and domain.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.config [ { networking.hostName = "theta"; networking.domain = "example.org"; } ]).networking; in { inherit (c) fqdn hosts; }
