# networking.wireguard: WireGuard tunnels. NixOS configures them with scripts by default, or with networkd
# (useNetworkd); nixj's systems configure every interface with networkd, so each tunnel becomes a netdev and
# a network of systemd.network, as NixOS's networkd backend makes them. networkd reads the key files itself, as
# the user systemd-network (where NixOS hands them over as credentials, which Debian's networkd 252 lacks), so
# a key file must be readable by that group; generatePrivateKeyFile makes one so at boot. privateKey and
# presharedKey are written into the netdev file. (Not done: the scripts' hooks, network namespaces, refreshing
# endpoints; they are refused.)
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.networking.wireguard;
  removeNulls = lib.filterAttrs (_: value: value != null);
  optionalKey = description: mkOption { type = types.nullOr types.str; default = null; inherit description; };

  peerOptions = { config, ... }: {
    options = {
      name = mkOption {
        type = types.str;
        default = lib.replaceStrings [ "/" "-" " " "+" "=" ] [ "-" "\\x2d" "\\x20" "\\x2b" "\\x3d" ] config.publicKey;
        defaultText = lib.literalExpression "publicKey";
        description = "The peer's name (by default its public key, escaped).";
      };
      publicKey = mkOption { type = types.singleLineStr; example = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="; description = "The peer's public key (base64)."; };
      presharedKey = optionalKey "A pre-shared key for the peer (base64), written into the netdev file.";
      presharedKeyFile = optionalKey "A file with the pre-shared key for the peer.";
      allowedIPs = mkOption { type = types.listOf types.str; example = [ "10.192.122.3/32" "10.192.124.1/24" ]; description = "The addresses the peer may send from and is sent to."; };
      endpoint = optionalKey "The peer's address and port (host:port).";
      persistentKeepalive = mkOption { type = types.nullOr types.int; default = null; example = 25; description = "Seconds between keep-alive packets; null for none."; };
      dynamicEndpointRefreshSeconds = mkOption { type = types.nullOr types.int; default = null; description = "How often the endpoint's name is resolved again (script backend only)."; };
      dynamicEndpointRefreshRestartSeconds = mkOption { type = types.nullOr types.int; default = null; description = "How long before a failed refresh is tried again (script backend only)."; };
    };
  };

  hook = description: mkOption { type = with types; coercedTo (listOf str) (lib.concatStringsSep "\n") lines; default = ""; inherit description; };

  interfaceOptions = {
    options = {
      ips = mkOption { type = types.listOf types.str; default = [ ]; example = [ "192.168.2.1/24" ]; description = "The interface's addresses, with their prefix length."; };
      privateKey = optionalKey "The interface's private key (base64), written into the netdev file, which is world-readable.";
      privateKeyFile = optionalKey "A file with the interface's private key (readable by the group systemd-network).";
      generatePrivateKeyFile = mkOption { type = types.bool; default = false; description = "Whether privateKeyFile is made at boot when it does not exist."; };
      listenPort = mkOption { type = types.nullOr types.port; default = null; example = 51820; description = "The UDP port the tunnel listens on; null for a random one."; };
      mtu = mkOption { type = types.nullOr types.int; default = null; description = "The interface's MTU; null for the kernel's default."; };
      fwMark = optionalKey "The firewall mark of the tunnel's packets.";
      table = mkOption { type = types.str; default = "main"; description = "The routing table the allowed IPs' routes go to."; };
      metric = mkOption { type = types.nullOr types.ints.unsigned; default = null; description = "The metric of those routes."; };
      allowedIPsAsRoutes = mkOption { type = types.bool; default = true; description = "Whether the peers' allowed IPs are routed through the tunnel."; };
      peers = mkOption { type = types.listOf (types.submodule peerOptions); default = [ ]; description = "The tunnel's peers."; };
      preSetup = hook "Commands run before the interface is set up (script backend only).";
      postSetup = hook "Commands run after the interface is set up (script backend only).";
      preShutdown = hook "Commands run before the interface is taken down (script backend only).";
      postShutdown = hook "Commands run after the interface is taken down (script backend only).";
      socketNamespace = optionalKey "The network namespace of the tunnel's socket (script backend only).";
      interfaceNamespace = optionalKey "The network namespace of the interface (script backend only).";
      dynamicEndpointRefreshSeconds = mkOption { type = types.ints.unsigned; default = 0; description = "How often the peers' endpoint names are resolved again; 0 for never (nixj: not yet)."; };
    };
  };

  netdev = name: interface: lib.nameValuePair "40-${name}" {
    netdevConfig = removeNulls { Kind = "wireguard"; Name = name; MTUBytes = interface.mtu; };
    wireguardConfig = removeNulls {
      PrivateKey = interface.privateKey;
      PrivateKeyFile = interface.privateKeyFile;
      ListenPort = interface.listenPort;
      FirewallMark = interface.fwMark;
      RouteTable = if interface.allowedIPsAsRoutes then interface.table else null;
      RouteMetric = interface.metric;
    };
    wireguardPeers = map (peer: removeNulls {
      PublicKey = peer.publicKey;
      PresharedKey = peer.presharedKey;
      PresharedKeyFile = peer.presharedKeyFile;
      AllowedIPs = peer.allowedIPs;
      Endpoint = peer.endpoint;
      PersistentKeepalive = peer.persistentKeepalive;
    }) interface.peers;
  };

  # A key made at boot, before networkd reads it.
  keyService = name: interface: lib.nameValuePair "wireguard-${name}-key" {
    description = "WireGuard key of ${name}";
    wantedBy = [ "multi-user.target" ];
    before = [ "systemd-networkd.service" ];
    path = [ pkgs.wireguard-tools ];
    serviceConfig = { Type = "oneshot"; RemainAfterExit = true; };
    script = ''
      if [ ! -s ${lib.escapeShellArg interface.privateKeyFile} ]; then
        mkdir -p "$(dirname ${lib.escapeShellArg interface.privateKeyFile})"
        (umask 077; wg genkey > ${lib.escapeShellArg interface.privateKeyFile})
        chgrp systemd-network ${lib.escapeShellArg interface.privateKeyFile}
        chmod 0640 ${lib.escapeShellArg interface.privateKeyFile}
      fi
    '';
  };

  unsupported = name: option: "networking.wireguard.interfaces.${name}.${option} cannot be used with networkd.";
in
{
  options.networking.wireguard = {
    enable = mkOption {
      type = types.bool;
      default = cfg.interfaces != { };
      defaultText = lib.literalExpression "config.networking.wireguard.interfaces != { }";
      description = "Whether WireGuard tunnels are set up (on when any interface is declared).";
    };
    useNetworkd = mkOption {
      type = types.bool;
      default = config.networking.useNetworkd;
      defaultText = lib.literalExpression "config.networking.useNetworkd";
      description = "Whether networkd sets the tunnels up rather than scripts; nixj's systems use networkd either way.";
    };
    interfaces = mkOption {
      type = types.attrsOf (types.submodule interfaceOptions);
      default = { };
      description = "The WireGuard interfaces, by name.";
    };
  };

  config = lib.mkIf (cfg.enable && cfg.interfaces != { }) {
    assertions = lib.concatLists (lib.mapAttrsToList (name: interface:
      [
        { assertion = (interface.privateKey != null) != (interface.privateKeyFile != null);
          message = "networking.wireguard.interfaces.${name}: exactly one of privateKey and privateKeyFile must be set."; }
        { assertion = interface.generatePrivateKeyFile -> interface.privateKeyFile != null;
          message = "networking.wireguard.interfaces.${name}.generatePrivateKeyFile needs privateKeyFile."; }
        { assertion = interface.preSetup == ""; message = unsupported name "preSetup"; }
        { assertion = interface.postSetup == ""; message = unsupported name "postSetup"; }
        { assertion = interface.preShutdown == ""; message = unsupported name "preShutdown"; }
        { assertion = interface.postShutdown == ""; message = unsupported name "postShutdown"; }
        { assertion = interface.socketNamespace == null; message = unsupported name "socketNamespace"; }
        { assertion = interface.interfaceNamespace == null; message = unsupported name "interfaceNamespace"; }
        { assertion = interface.dynamicEndpointRefreshSeconds == 0; message = unsupported name "dynamicEndpointRefreshSeconds" + " (nixj: not yet)"; }
      ]
      ++ map (ip: {
        assertion = lib.hasInfix "/" ip;
        message = "networking.wireguard.interfaces.${name}.ips value \"${ip}\" requires a subnet (e.g. 192.0.2.1/32) with networkd.";
      }) interface.ips
      ++ lib.concatMap (peer: [
        { assertion = peer.dynamicEndpointRefreshSeconds == null;
          message = "networking.wireguard.interfaces.${name}.peers[].dynamicEndpointRefreshSeconds cannot be used with networkd. Use networking.wireguard.interfaces.${name}.dynamicEndpointRefreshSeconds instead."; }
        { assertion = peer.dynamicEndpointRefreshRestartSeconds == null;
          message = "networking.wireguard.interfaces.${name}.peers[].dynamicEndpointRefreshRestartSeconds cannot be used with networkd."; }
      ]) interface.peers
    ) cfg.interfaces);

    boot.kernelModules = [ "wireguard" ];
    environment.systemPackages = [ pkgs.wireguard-tools ];

    systemd.network = {
      enable = true;
      netdevs = lib.mapAttrs' netdev cfg.interfaces;
      networks = lib.mapAttrs (name: interface: { matchConfig.Name = name; address = interface.ips; }) cfg.interfaces;
    };
    # networkd owns the tunnels.
    networking.networkmanager.unmanaged = map (name: "interface-name:${name}") (lib.attrNames cfg.interfaces);
    systemd.services = lib.mapAttrs' keyService (lib.filterAttrs (_: interface: interface.generatePrivateKeyFile) cfg.interfaces);
  };
}
