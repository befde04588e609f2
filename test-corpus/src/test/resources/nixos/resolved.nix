# services.resolved: resolved.conf from settings (networking.nameservers and search as DNS and Domains, the
# declared defaults, freeform settings, renamed options with their warnings), /etc/resolv.conf a link to the
# stub resolver's file instead of the configuration's own, Debian's resolver in the system with its unit
# enabled and its D-Bus alias, NetworkManager handing it the name servers; off by default.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ n.machine {
    services.resolved = { enable = true; dnssec = "allow-downgrade"; fallbackDns = [ "9.9.9.9" ]; settings.Resolve.MulticastDNS = "yes"; };
    networking = { nameservers = [ "192.0.2.53" "2001:db8::53" ]; search = [ "example.org" ]; networkmanager.enable = true; };
  } ];
  off = n.config [ n.machine { networking.nameservers = [ "192.0.2.53" ]; } ];
  entries = map (e: { inherit (e) path; target = e.target or null; }) c.environment.etc."systemd/system".source.entries;
in
{
  conf = c.environment.etc."systemd/resolved.conf".source.text;
  resolvConf = c.environment.etc."resolv.conf".source;
  offResolvConf = off.environment.etc."resolv.conf".text;
  warnings = c.warnings;
  units = builtins.filter (e: n.lib.hasInfix "resolve" e.path) entries;
  package = builtins.elem "systemd-resolved" (map (p: p.pname or p.name) c.environment.systemPackages);
  networkManager = { inherit (c.networking.networkmanager) dns; rcManager = n.lib.hasInfix "rc-manager=unmanaged" c.environment.etc."NetworkManager/NetworkManager.conf".source.text; };
  offEnabled = off.services.resolved.enable;
}
