# A port must fit in 16 bits.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { networking.firewall.allowedTCPPorts = [ 70000 ]; } ]).networking.firewall.allowedTCPPorts
