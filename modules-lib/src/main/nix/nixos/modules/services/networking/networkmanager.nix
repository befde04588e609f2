# networking.networkmanager: NetworkManager, which the installer profiles enable. Debian's package gives the
# daemon, nmcli and nmtui, its units and its D-Bus policy; this module writes NetworkManager.conf, enables the
# units as NixOS does (with their D-Bus aliases), and gives the `networkmanager` group the right to change
# connections through polkit. It configures every interface except the unmanaged ones and those
# networking.interfaces names (systemd-networkd's, see network-interfaces.nix). Without resolvconf on nixj's
# systems, NetworkManager writes /etc/resolv.conf itself, unless networking.nameservers fixes it.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.networking.networkmanager;

  # Wireless interfaces may stay wpa_supplicant's only when NetworkManager leaves some interfaces alone.
  delegateWireless = config.networking.wireless.enable && cfg.unmanaged != [ ];

  iniValue = types.nullOr (types.oneOf [ types.bool types.int types.str ]);

  # The interfaces networking.interfaces configures, as NetworkManager's device specifications.
  staticInterfaces = map (name: "interface-name:${name}") (lib.attrNames config.networking.interfaces);
  unmanaged = cfg.unmanaged ++ staticInterfaces;

  settings = lib.recursiveUpdate {
    main = {
      plugins = "keyfile";
      inherit (cfg) dhcp dns;
      # /etc/resolv.conf is the configuration's (nameservers) or systemd-resolved's, or else NetworkManager's.
      rc-manager = if config.networking.nameservers != [ ] || config.services.resolved.enable then "unmanaged" else "file";
    };
    keyfile.unmanaged-devices = if unmanaged == [ ] then null else lib.concatStringsSep ";" unmanaged;
    logging = {
      audit = false;
      level = cfg.logLevel;
    };
    connection = cfg.connectionConfig;
    device = {
      "wifi.scan-rand-mac-address" = cfg.wifi.scanRandMacAddress;
      "wifi.backend" = cfg.wifi.backend;
    };
  } cfg.settings;

  # Settings set to null are left out, and so are the sections left empty.
  toKeyFile = sections: lib.generators.toINI { }
    (lib.filterAttrs (_: section: section != { }) (lib.mapAttrs (_: lib.filterAttrs (_: value: value != null)) sections));
  configFile = pkgs.writeText "NetworkManager.conf" (toKeyFile settings);

  # A declared profile as NetworkManager's keyfile.
  profileFile = name: profile: pkgs.writeText "${name}.nmconnection" (toKeyFile profile);

  macAddress = kinds: mkOption {
    type = types.either types.str (types.enum kinds);
    default = "preserve";
    example = "00:11:22:33:44:55";
    description = ''
      The interface's MAC address on a connection: an address, or one of ${lib.concatStringsSep ", " kinds}
      (`preserve` leaves it as it is).
    '';
  };
in
{
  options.networking.networkmanager = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether NetworkManager configures the network (members of the `networkmanager` group may change it).";
    };

    package = mkOption {
      type = types.package;
      default = pkgs.networkmanager;
      defaultText = lib.literalExpression "pkgs.networkmanager";
      description = "The NetworkManager package.";
    };

    unmanaged = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "interface-name:eth1" "mac:00:11:22:33:44:55" "type:wifi" ];
      description = "Devices NetworkManager leaves alone, as NetworkManager.conf(5) specifies devices.";
    };

    settings = mkOption {
      type = types.attrsOf (types.attrsOf iniValue);
      default = { };
      example = { main.no-auto-default = "*"; };
      description = "Settings of NetworkManager.conf by section, over the ones this module writes (null leaves one out).";
    };

    connectionConfig = mkOption {
      type = types.attrsOf iniValue;
      default = { };
      description = "Settings of the [connection] section of NetworkManager.conf.";
    };

    dhcp = mkOption {
      type = types.enum [ "dhcpcd" "internal" ];
      default = "internal";
      description = "The DHCP client: NetworkManager's own (internal) or dhcpcd.";
    };

    dns = mkOption {
      type = types.enum [ "default" "dnsmasq" "systemd-resolved" "none" ];
      default = "default";
      description = "How NetworkManager handles name servers (the main.dns setting of NetworkManager.conf).";
    };

    logLevel = mkOption {
      type = types.enum [ "OFF" "ERR" "WARN" "INFO" "DEBUG" "TRACE" ];
      default = "WARN";
      description = "How much NetworkManager logs.";
    };

    ethernet.macAddress = macAddress [ "permanent" "preserve" "random" "stable" ];

    ensureProfiles = {
      profiles = mkOption {
        type = types.attrsOf (types.submodule {
          freeformType = types.attrsOf (types.attrsOf iniValue);
          options.connection = {
            id = mkOption { type = types.str; description = "The profile's name, as NetworkManager's tools show it."; };
            type = mkOption { type = types.str; example = "wifi"; description = "The kind of connection (ethernet, wifi, vpn, wireguard, ...)."; };
          };
        });
        apply = lib.filterAttrsRecursive (_: value: value != { });
        default = { };
        example = {
          home-wifi = {
            connection = { id = "home-wifi"; type = "wifi"; };
            wifi = { mode = "infrastructure"; ssid = "Home Wi-Fi"; };
            wifi-security = { key-mgmt = "wpa-psk"; psk = "$HOME_WIFI_PASSWORD"; };
            ipv4.method = "auto";
          };
        };
        description = ''
          Connection profiles NetworkManager has at every boot, as keyfile sections (nm-settings-keyfile(5)),
          by file name. They are written to /run/NetworkManager/system-connections (so they are gone at the
          next boot unless still declared), with `$VARIABLE`s replaced from ensureProfiles.environmentFiles by
          envsubst (Debian's, from gettext-base: `$NAME` and `''${NAME}`, no defaults).
        '';
      };
      environmentFiles = mkOption {
        type = types.listOf types.path;
        default = [ ];
        example = [ "/run/secrets/network-manager.env" ];
        description = "Files of NAME=value lines whose variables the profiles may use (kept out of the store).";
      };
    };

    wifi = {
      macAddress = macAddress [ "permanent" "preserve" "random" "stable" "stable-ssid" ];
      backend = mkOption {
        type = types.enum [ "wpa_supplicant" "iwd" ];
        default = "wpa_supplicant";
        description = "The program NetworkManager drives wireless interfaces with.";
      };
      powersave = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Whether wireless interfaces save power (null: the driver's choice).";
      };
      scanRandMacAddress = mkOption {
        type = types.bool;
        default = true;
        description = "Whether a wireless interface scans with a random MAC address.";
      };
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = config.networking.wireless.enable -> cfg.unmanaged != [ ];
        message = ''
          You can not use networking.networkmanager with networking.wireless.
          Except if you mark some interfaces as <literal>unmanaged</literal> by NetworkManager.
        '';
      }
      {
        assertion = cfg.wifi.backend != "iwd";
        message = "networking.networkmanager.wifi.backend = \"iwd\" needs iwd, which nixj's package set does not have yet: use \"wpa_supplicant\".";
      }
      {
        assertion = cfg.dhcp != "dhcpcd";
        message = "networking.networkmanager.dhcp = \"dhcpcd\" needs dhcpcd, which nixj's package set does not have yet: use \"internal\".";
      }
    ];

    networking.networkmanager.connectionConfig = {
      "ethernet.cloned-mac-address" = cfg.ethernet.macAddress;
      "wifi.cloned-mac-address" = cfg.wifi.macAddress;
      # NetworkManager's values: 3 saves power, 2 does not.
      "wifi.powersave" = if cfg.wifi.powersave == null then null else if cfg.wifi.powersave then 3 else 2;
    };

    # NetworkManager configures the interfaces DHCP would be asked on.
    networking.useDHCP = lib.mkIf (!delegateWireless) false;

    environment.systemPackages = [ cfg.package ] ++ lib.optional (!delegateWireless) pkgs.wpa_supplicant;
    environment.etc."NetworkManager/NetworkManager.conf".source = configFile;

    users.groups.networkmanager.gid = config.ids.gids.networkmanager;

    systemd.units = {
      "NetworkManager.service" = {
        wantedBy = [ "multi-user.target" ];
        aliases = [ "dbus-org.freedesktop.NetworkManager.service" ];
      };
      "NetworkManager-dispatcher.service" = {
        wantedBy = [ "multi-user.target" ];
        aliases = [ "dbus-org.freedesktop.nm-dispatcher.service" ];
      };
      "NetworkManager-wait-online.service".wantedBy = [ "network-online.target" ];
    };

    # Unlike NixOS's unit, which runs after NetworkManager and asks it to reload, this one writes the profiles
    # before NetworkManager starts, so that it finds them when it reads its settings (asked too early, the
    # reload fails); a NetworkManager already running, when the unit is started again, is still asked.
    systemd.services.NetworkManager-ensure-profiles = lib.mkIf (cfg.ensureProfiles.profiles != { }) {
      description = "Ensure that NetworkManager declarative profiles are created";
      wantedBy = [ "multi-user.target" ];
      before = [ "NetworkManager.service" "network-online.target" ];
      path = [ pkgs.gettext-base cfg.package ];
      script = ''
        mkdir -p -m 0700 /run/NetworkManager/system-connections
      '' + lib.concatStrings (lib.mapAttrsToList (name: profile: ''
        envsubst < ${profileFile name profile} > /run/NetworkManager/system-connections/${lib.escapeShellArg name}.nmconnection
      '') cfg.ensureProfiles.profiles) + ''
        if systemctl -q is-active NetworkManager.service; then nmcli connection reload; fi
      '';
      serviceConfig = {
        EnvironmentFile = cfg.ensureProfiles.environmentFiles;
        # The profiles may hold secrets: only root reads them.
        UMask = "0177";
        Type = "oneshot";
      };
    };

    systemd.tmpfiles.rules = [
      "d /etc/NetworkManager/system-connections 0700 root root -"
      "d /var/lib/NetworkManager 0755 root root -"
    ];

    security.polkit.enable = true;
    security.polkit.extraConfig = ''
      polkit.addRule(function(action, subject) {
        if (subject.isInGroup("networkmanager") && action.id.indexOf("org.freedesktop.NetworkManager.") == 0) {
          return polkit.Result.YES;
        }
      });
    '';
  };
}
