# systemd.network: systemd-networkd's configuration, as NixOS writes it: /etc/systemd/network/NAME.network,
# .netdev and .link files from the definitions of networks, netdevs and links (each *Config set a section, a
# list repeating its key; the lists of addresses, routes and peers a section per element), and Debian's
# networkd enabled with its wait-online service. networking.interfaces and networking.useDHCP become networks
# here too (../../tasks/network-interfaces.nix). (Not done: NixOS's check of each section's keys and values,
# networkd.conf's settings, the initrd's networkd.)
{ config, lib, utils, ... }:
let
  inherit (lib) mkOption types;
  inherit (utils.systemdUtils) section;
  cfg = config.systemd.network;

  primitive = types.oneOf [ types.bool types.int types.str types.path ];
  settings = types.attrsOf (types.either primitive (types.listOf primitive));
  sectionOption = name: mkOption {
    type = settings;
    default = { };
    description = "Settings of the [${name}] section (a list repeats its key).";
  };
  listOfSections = name: mkOption {
    type = types.listOf settings;
    default = [ ];
    description = "[${name}] sections, one per element.";
  };
  words = description: mkOption { type = types.listOf types.str; default = [ ]; inherit description; };

  enableOption = mkOption { type = types.bool; default = true; description = "Whether the file is written."; };
  extraConfigOption = mkOption { type = types.lines; default = ""; description = "Lines added at the end of the file."; };

  # A file of sections, separated by blank lines: [ { name; settings; } ] for single sections (left out when
  # empty, unless `always`), [ { name; list; } ] for repeated ones, in order; `text` follows a section's lines.
  sectionsText = parts: lib.concatStringsSep "\n" (lib.concatMap (part:
    if part ? list then map (section part.name) part.list
    else lib.optional (part.settings != { } || part.always or false) (section part.name part.settings + part.text or "")) parts);

  linkOptions = {
    options = {
      enable = enableOption;
      matchConfig = sectionOption "Match";
      linkConfig = sectionOption "Link";
      extraConfig = extraConfigOption;
    };
  };

  netdevOptions = {
    options = {
      enable = enableOption;
      matchConfig = sectionOption "Match";
      netdevConfig = sectionOption "NetDev";
      vlanConfig = sectionOption "VLAN";
      macvlanConfig = sectionOption "MACVLAN";
      vxlanConfig = sectionOption "VXLAN";
      tunnelConfig = sectionOption "Tunnel";
      bondConfig = sectionOption "Bond";
      bridgeConfig = sectionOption "Bridge";
      vrfConfig = sectionOption "VRF";
      wireguardConfig = sectionOption "WireGuard";
      wireguardPeers = listOfSections "WireGuardPeer";
      extraConfig = extraConfigOption;
    };
  };

  networkOptions = { config, ... }: {
    options = {
      enable = enableOption;
      name = mkOption { type = types.nullOr types.str; default = null; description = "The interface the network is for (Name= of [Match])."; };
      matchConfig = sectionOption "Match";
      linkConfig = sectionOption "Link";
      networkConfig = sectionOption "Network";
      DHCP = mkOption { type = types.nullOr types.str; default = null; example = "yes"; description = "Which DHCP clients run: \"yes\", \"no\", \"ipv4\" or \"ipv6\" (DHCP= of [Network])."; };
      domains = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "The search domains (Domains= of [Network])."; };
      address = words "Addresses with their prefix length (Address=).";
      gateway = words "Gateways (Gateway=).";
      dns = words "Name servers (DNS=).";
      ntp = words "NTP servers (NTP=).";
      bridge = words "Bridges the interface is a port of (Bridge=).";
      bond = words "Bonds the interface is part of (Bond=).";
      vrf = words "VRFs the interface is part of (VRF=).";
      vlan = words "VLANs on the interface (VLAN=).";
      macvlan = words "MACVLANs on the interface (MACVLAN=).";
      vxlan = words "VXLANs on the interface (VXLAN=).";
      tunnel = words "Tunnels on the interface (Tunnel=).";
      xfrm = words "XFRM interfaces on the interface (Xfrm=).";
      addresses = listOfSections "Address";
      routes = listOfSections "Route";
      routingPolicyRules = listOfSections "RoutingPolicyRule";
      dhcpV4Config = sectionOption "DHCPv4";
      dhcpV6Config = sectionOption "DHCPv6";
      ipv6AcceptRAConfig = sectionOption "IPv6AcceptRA";
      dhcpServerConfig = sectionOption "DHCPServer";
      ipv6SendRAConfig = sectionOption "IPv6SendRA";
      bridgeConfig = sectionOption "Bridge";
      extraConfig = extraConfigOption;
    };
    config = {
      matchConfig = lib.mkIf (config.name != null) { Name = config.name; };
      networkConfig = lib.optionalAttrs (config.DHCP != null) { inherit (config) DHCP; }
        // lib.optionalAttrs (config.domains != null) { Domains = lib.concatStringsSep " " config.domains; };
    };
  };

  # extraConfig, after a blank line.
  extraText = def: lib.optionalString (def.extraConfig != "") ("\n" + def.extraConfig);

  linkText = def: sectionsText [
    { name = "Match"; settings = def.matchConfig; }
    { name = "Link"; settings = def.linkConfig; }
  ] + extraText def;

  netdevText = def: sectionsText [
    { name = "Match"; settings = def.matchConfig; }
    { name = "NetDev"; settings = def.netdevConfig; }
    { name = "VLAN"; settings = def.vlanConfig; }
    { name = "MACVLAN"; settings = def.macvlanConfig; }
    { name = "VXLAN"; settings = def.vxlanConfig; }
    { name = "Tunnel"; settings = def.tunnelConfig; }
    { name = "Bond"; settings = def.bondConfig; }
    { name = "Bridge"; settings = def.bridgeConfig; }
    { name = "VRF"; settings = def.vrfConfig; }
    { name = "WireGuard"; settings = def.wireguardConfig; }
    { name = "WireGuardPeer"; list = def.wireguardPeers; }
  ] + extraText def;

  # [Network] always, with the list options as keys after networkConfig's.
  networkText = def:
    let
      listKeys = { Address = def.address; Gateway = def.gateway; DNS = def.dns; NTP = def.ntp; Bridge = def.bridge;
        Bond = def.bond; VRF = def.vrf; VLAN = def.vlan; MACVLAN = def.macvlan; VXLAN = def.vxlan; Tunnel = def.tunnel;
        Xfrm = def.xfrm; };
      listLines = lib.concatStrings (map (key: lib.concatMapStrings (value: "${key}=${value}\n") listKeys.${key})
        [ "Address" "Gateway" "DNS" "NTP" "Bridge" "Bond" "VRF" "VLAN" "MACVLAN" "VXLAN" "Tunnel" "Xfrm" ]);
    in
    sectionsText [
      { name = "Match"; settings = def.matchConfig; }
      { name = "Link"; settings = def.linkConfig; }
      { name = "Network"; settings = def.networkConfig; always = true; text = listLines; }
      { name = "Address"; list = def.addresses; }
      { name = "Route"; list = def.routes; }
      { name = "RoutingPolicyRule"; list = def.routingPolicyRules; }
      { name = "DHCPv4"; settings = def.dhcpV4Config; }
      { name = "DHCPv6"; settings = def.dhcpV6Config; }
      { name = "IPv6AcceptRA"; settings = def.ipv6AcceptRAConfig; }
      { name = "DHCPServer"; settings = def.dhcpServerConfig; }
      { name = "IPv6SendRA"; settings = def.ipv6SendRAConfig; }
      { name = "Bridge"; settings = def.bridgeConfig; }
    ]
    + extraText def;

  files = suffix: text: definitions: lib.mapAttrs' (name: def:
    lib.nameValuePair "systemd/network/${name}.${suffix}" { text = text def; })
    (lib.filterAttrs (_: def: def.enable) definitions);
in
{
  options.systemd.network = {
    enable = mkOption { type = types.bool; default = false; description = "Whether systemd-networkd configures the network."; };
    links = mkOption { type = types.attrsOf (types.submodule linkOptions); default = { }; description = "The .link files (how udev names and sets up devices), by file name without suffix."; };
    netdevs = mkOption { type = types.attrsOf (types.submodule netdevOptions); default = { }; description = "The .netdev files (virtual devices networkd makes), by file name without suffix."; };
    networks = mkOption { type = types.attrsOf (types.submodule networkOptions); default = { }; description = "The .network files (how interfaces are configured), by file name without suffix."; };
    wait-online = {
      enable = mkOption { type = types.bool; default = true; description = "Whether network-online.target waits for systemd-networkd-wait-online."; };
      anyInterface = mkOption { type = types.bool; default = config.networking.useDHCP; defaultText = lib.literalExpression "config.networking.useDHCP"; description = "Whether one interface online is enough (--any)."; };
      ignoredInterfaces = mkOption { type = types.listOf types.str; default = [ ]; description = "Interfaces the wait ignores (--ignore)."; };
      timeout = mkOption { type = types.ints.unsigned; default = 120; description = "How many seconds the wait lasts at most (--timeout)."; };
      extraArgs = mkOption { type = types.listOf types.str; default = [ ]; description = "More arguments of systemd-networkd-wait-online."; };
    };
  };

  config = lib.mkIf cfg.enable {
    environment.etc = files "link" linkText cfg.links // files "netdev" netdevText cfg.netdevs // files "network" networkText cfg.networks;

    # Debian's units, enabled by links as `systemctl enable` would.
    systemd.units = {
      "systemd-networkd.service".wantedBy = [ "multi-user.target" ];
      "systemd-networkd.socket".wantedBy = [ "sockets.target" ];
    };
    systemd.services.systemd-networkd-wait-online = lib.mkIf cfg.wait-online.enable {
      wantedBy = [ "network-online.target" ];
      overrideStrategy = "asDropin";
      serviceConfig.ExecStart = [
        ""
        ("/lib/systemd/systemd-networkd-wait-online "
          + lib.concatStringsSep " " (lib.optional cfg.wait-online.anyInterface "--any"
            ++ map (name: "--ignore=${name}") cfg.wait-online.ignoredInterfaces
            ++ [ "--timeout=${toString cfg.wait-online.timeout}" ] ++ cfg.wait-online.extraArgs))
      ];
    };
  };
}
