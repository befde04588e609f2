# Firewall ports from several modules are sorted, without repetitions.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.config [
  { networking.firewall.allowedTCPPorts = [ 443 80 ]; networking.firewall.allowedUDPPorts = [ 53 ]; }
  { networking.firewall.allowedTCPPorts = [ 80 22 ]; networking.firewall.allowedUDPPorts = [ 53 123 ]; }
]).networking.firewall; in { tcp = c.allowedTCPPorts; udp = c.allowedUDPPorts; }
