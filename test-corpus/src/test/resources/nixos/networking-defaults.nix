# networking.*'s defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.config [ ]).networking; in {
  inherit (c) hostName domain useDHCP hostId nameservers enableIPv6 hosts;
  firewall = { inherit (c.firewall) enable allowedTCPPorts allowedUDPPorts allowPing logRefusedConnections; };
  networkmanager = c.networkmanager.enable;
  wireless = c.wireless.enable;
}
