# networking.wireguard: each tunnel a networkd netdev (key file, port, MTU, route table, peers with their
# options) and network (its addresses), the module loaded, wg in the system, a key made at boot on request;
# NetworkManager leaves the tunnel alone. What networkd cannot do is refused with NixOS's messages.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ n.machine {
    networking.wireguard.interfaces.wg0 = {
      ips = [ "10.100.0.1/24" "fd42::1/64" ];
      listenPort = 51820;
      mtu = 1380;
      privateKeyFile = "/var/lib/wireguard/wg0.key";
      generatePrivateKeyFile = true;
      peers = [
        { publicKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="; allowedIPs = [ "10.100.0.2/32" ]; endpoint = "vpn.example.org:51820"; persistentKeepalive = 25; }
        { publicKey = "TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0="; presharedKeyFile = "/run/keys/psk"; allowedIPs = [ "10.100.0.3/32" ]; }
      ];
    };
    networking.networkmanager.enable = true;
  } ];
  refused = n.config [ n.machine { networking.wireguard.interfaces.wg1 = { ips = [ "10.0.0.1" ]; privateKey = "k"; postSetup = "true"; }; } ];
  failed = config: map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);
  storeless = builtins.replaceStrings [ builtins.storeDir ] [ "<store>" ];
in
{
  netdev = c.environment.etc."systemd/network/40-wg0.netdev".text;
  network = c.environment.etc."systemd/network/wg0.network".text;
  peerNames = map (peer: peer.name) c.networking.wireguard.interfaces.wg0.peers;
  modules = builtins.elem "wireguard" c.boot.kernelModules;
  tools = builtins.elem "wireguard-tools" (map (p: p.pname or p.name) c.environment.systemPackages);
  keyService = storeless c.systemd.units."wireguard-wg0-key.service".text;
  unmanaged = c.networking.networkmanager.unmanaged;
  enabled = { inherit (c.networking.wireguard) enable; networkd = c.systemd.network.enable; };
  refused = failed refused;
}
