# openFirewall = false leaves the firewall closed.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { services.openssh = { enable = true; openFirewall = false; }; } ]).networking.firewall.allowedTCPPorts
