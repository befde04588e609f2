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

  # The sections of each kind of file, in the order they are written: the option that gives each, and
  # whether it is a list of sections (one per element).
  section' = option: name: { inherit option name; list = false; };
  sections' = option: name: { inherit option name; list = true; };
  linkSections = [ (section' "matchConfig" "Match") (section' "linkConfig" "Link") ];
  netdevSections = [
    (section' "matchConfig" "Match") (section' "netdevConfig" "NetDev") (section' "vlanConfig" "VLAN")
    (section' "macvlanConfig" "MACVLAN") (section' "vxlanConfig" "VXLAN") (section' "tunnelConfig" "Tunnel")
    (section' "bondConfig" "Bond") (section' "bridgeConfig" "Bridge") (section' "vrfConfig" "VRF")
    (section' "wireguardConfig" "WireGuard") (sections' "wireguardPeers" "WireGuardPeer")
  ];
  # A network's [Network] section comes between these two groups.
  networkSectionsBefore = [ (section' "matchConfig" "Match") (section' "linkConfig" "Link") ];
  networkSectionsAfter = [
    (sections' "addresses" "Address") (sections' "routes" "Route") (sections' "routingPolicyRules" "RoutingPolicyRule")
    (section' "dhcpV4Config" "DHCPv4") (section' "dhcpV6Config" "DHCPv6") (section' "ipv6AcceptRAConfig" "IPv6AcceptRA")
    (section' "dhcpServerConfig" "DHCPServer") (section' "ipv6SendRAConfig" "IPv6SendRA") (section' "bridgeConfig" "Bridge")
  ];
  # The list options of a network that are keys of [Network], after networkConfig's.
  networkListKeys = { address = "Address"; gateway = "Gateway"; dns = "DNS"; ntp = "NTP"; bridge = "Bridge"; bond = "Bond";
    vrf = "VRF"; vlan = "VLAN"; macvlan = "MACVLAN"; vxlan = "VXLAN"; tunnel = "Tunnel"; xfrm = "Xfrm"; };
  networkListOrder = [ "address" "gateway" "dns" "ntp" "bridge" "bond" "vrf" "vlan" "macvlan" "vxlan" "tunnel" "xfrm" ];

  sectionOptions = sections: lib.listToAttrs (map (one: lib.nameValuePair one.option
    (if one.list then listOfSections one.name else sectionOption one.name)) sections);

  # The text of a definition's sections, separated by blank lines; empty single sections are left out.
  sectionsText = sections: def: map (one:
    if one.list then lib.concatMapStringsSep "\n" (section one.name) def.${one.option}
    else lib.optionalString (def.${one.option} != { }) (section one.name def.${one.option})) sections;

  # A file: its sections' texts, then extraConfig, separated by blank lines.
  fileText = texts: def: lib.concatStringsSep "\n" (lib.filter (text: text != "") (texts ++ [ def.extraConfig ]));

  linkOptions = { options = { enable = enableOption; extraConfig = extraConfigOption; } // sectionOptions linkSections; };
  netdevOptions = { options = { enable = enableOption; extraConfig = extraConfigOption; } // sectionOptions netdevSections; };

  networkOptions = { config, ... }: {
    options = {
      enable = enableOption;
      name = mkOption { type = types.nullOr types.str; default = null; description = "The interface the network is for (Name= of [Match])."; };
      networkConfig = sectionOption "Network";
      DHCP = mkOption { type = types.nullOr types.str; default = null; example = "yes"; description = "Which DHCP clients run: \"yes\", \"no\", \"ipv4\" or \"ipv6\" (DHCP= of [Network])."; };
      domains = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "The search domains (Domains= of [Network])."; };
      extraConfig = extraConfigOption;
    }
    // lib.mapAttrs (_: key: words "Values of ${key}= in [Network].") networkListKeys
    // sectionOptions (networkSectionsBefore ++ networkSectionsAfter);
    config = {
      matchConfig = lib.mkIf (config.name != null) { Name = config.name; };
      networkConfig = lib.optionalAttrs (config.DHCP != null) { inherit (config) DHCP; }
        // lib.optionalAttrs (config.domains != null) { Domains = lib.concatStringsSep " " config.domains; };
    };
  };

  linkText = def: fileText (sectionsText linkSections def) def;
  netdevText = def: fileText (sectionsText netdevSections def) def;
  # [Network] is always written.
  networkText = def: fileText (sectionsText networkSectionsBefore def
    ++ [ (section "Network" def.networkConfig
      + lib.concatMapStrings (option: lib.concatMapStrings (value: "${networkListKeys.${option}}=${value}\n") def.${option}) networkListOrder) ]
    ++ sectionsText networkSectionsAfter def) def;

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
