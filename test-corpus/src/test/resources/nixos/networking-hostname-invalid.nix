# A host name with a dot (a domain) is not a host name.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { networking.hostName = "host.example.org"; } ]).networking.hostName
