# The installer turns NetworkManager on; nixj has no NetworkManager service yet, so systemd-networkd still
# configures the interfaces (a live system must be reachable).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.installerMinimal ]; in
{
  networkmanager = c.networking.networkmanager.enable;
  networkd = n.lib.mapAttrs (_: unit: unit.wantedBy) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "systemd-networkd" name) c.systemd.units);
  dhcp = c.environment.etc ? "systemd/network/99-ethernet-default-dhcp.network";
}
