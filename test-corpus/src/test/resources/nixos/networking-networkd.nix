# Interfaces are configured by systemd-networkd: DHCP on every Ethernet interface with networking.useDHCP,
# a .network file per interface; Debian's networkd units are enabled by links.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let
  networkFiles = c: n.lib.mapAttrs (_: file: file.text) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "systemd/network/" name) c.environment.etc);
  c = n.config [ {
    networking.interfaces.eth1 = { useDHCP = false; ipv4.addresses = [ { address = "192.168.1.2"; prefixLength = 24; } ]; };
    networking.defaultGateway = "192.168.1.1";
  } ];
  off = n.config [ { networking.useDHCP = false; } ];
in
{
  files = networkFiles c;
  units = n.lib.mapAttrs (_: unit: unit.wantedBy) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "systemd-networkd" name) c.systemd.units);
  withoutDHCP = networkFiles off;
}
