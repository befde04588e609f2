# systemd.network: .network, .netdev and .link files as NixOS writes them (each *Config a section, lists
# repeating keys, the list options as [Network] keys after networkConfig's, a section per address, route and
# WireGuard peer, extraConfig last), disabled ones left out; networkd enabled with its wait-online drop-in
# (--any follows networking.useDHCP); with networkd off nothing is written.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  files = c: n.lib.mapAttrs (_: file: file.text) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "systemd/network/" name) c.environment.etc);
  c = n.config [ {
    networking.useDHCP = false;
    systemd.network = {
      enable = true;
      networks."10-lan" = {
        name = "enp1s0";
        address = [ "192.0.2.10/24" "2001:db8::10/64" ];
        gateway = [ "192.0.2.1" ];
        dns = [ "192.0.2.53" ];
        domains = [ "example.org" "~." ];
        networkConfig = { IPv6AcceptRA = true; LLDP = "yes"; };
        linkConfig.RequiredForOnline = "routable";
        routes = [ { Destination = "198.51.100.0/24"; Gateway = "192.0.2.254"; } { Destination = "203.0.113.0/24"; Metric = 100; } ];
        dhcpV4Config.UseDNS = false;
        extraConfig = "# the end\n";
      };
      networks."20-wan" = { matchConfig.Name = [ "wan0" "wan1" ]; DHCP = "ipv4"; vlan = [ "vlan10" ]; };
      networks."30-off" = { enable = false; name = "off0"; };
      netdevs."50-wg0" = {
        netdevConfig = { Kind = "wireguard"; Name = "wg0"; };
        wireguardConfig = { PrivateKeyFile = "/run/keys/wg0"; ListenPort = 51820; };
        wireguardPeers = [ { PublicKey = "peer-one"; AllowedIPs = [ "10.0.0.2/32" "fd00::2/128" ]; } { PublicKey = "peer-two"; Endpoint = "vpn.example.org:51820"; } ];
      };
      links."10-lan".matchConfig.MACAddress = "52:54:00:12:34:56";
      links."10-lan".linkConfig.Name = "lan";
      wait-online = { ignoredInterfaces = [ "wg0" ]; timeout = 30; };
    };
  } ];
  off = n.config [ { networking.useDHCP = false; systemd.network = { enable = false; networks."10-x".name = "x"; }; } ];
in
{
  files = files c;
  waitOnline = c.systemd.units."systemd-networkd-wait-online.service".text;
  units = n.lib.mapAttrs (_: unit: unit.wantedBy) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "systemd-networkd" name) c.systemd.units);
  offFiles = files off;
  offEnabled = off.systemd.network.enable;
}
