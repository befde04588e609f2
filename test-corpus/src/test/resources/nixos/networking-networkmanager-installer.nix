# The installer turns NetworkManager on: it configures the interfaces (networkd does not run, useDHCP is off),
# with NixOS's NetworkManager.conf, units and D-Bus aliases, the networkmanager group and its polkit rule.
# Interfaces networking.interfaces configures stay networkd's and NetworkManager leaves them alone; fixed
# name servers keep NetworkManager out of /etc/resolv.conf; settings add to and override the file.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  c = n.config [ n.installerMinimal ];
  s = n.config [ n.installerMinimal {
    networking.interfaces.eth1.ipv4.addresses = [ { address = "192.0.2.2"; prefixLength = 24; } ];
    networking.nameservers = [ "192.0.2.53" ];
    networking.networkmanager = {
      unmanaged = [ "type:wifi" ];
      wifi.powersave = false;
      settings = { main.no-auto-default = "*"; logging.audit = null; };
    };
  } ];
  networkd = config: n.lib.mapAttrs (_: unit: unit.wantedBy) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "systemd-networkd" name) config.systemd.units);
  nm = config: n.lib.mapAttrs (_: unit: { inherit (unit) wantedBy aliases; })
    (n.lib.filterAttrs (name: _: n.lib.hasPrefix "NetworkManager" name) config.systemd.units);
in
{
  installer = {
    networkmanager = c.networking.networkmanager.enable;
    useDHCP = c.networking.useDHCP;
    networkd = networkd c;
    dhcp = c.environment.etc ? "systemd/network/99-ethernet-default-dhcp.network";
    conf = c.environment.etc."NetworkManager/NetworkManager.conf".source.text;
    units = nm c;
    group = c.users.groups.networkmanager.gid;
    nixosGroups = c.users.users.nixos.extraGroups;
    polkit = c.security.polkit.enable;
    rules = c.environment.etc."polkit-1/rules.d/10-nixos.rules".text;
    packages = builtins.filter (name: builtins.elem name [ "network-manager" "wpasupplicant" "polkitd" ])
      (map (p: p.pname or "") c.environment.systemPackages);
  };
  withStaticInterface = {
    networkd = networkd s;
    conf = s.environment.etc."NetworkManager/NetworkManager.conf".source.text;
  };
}
