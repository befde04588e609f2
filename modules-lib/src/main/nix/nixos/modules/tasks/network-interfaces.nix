# networking.*: the host's names and the basic network settings. Without NetworkManager, interfaces are
# configured by Debian's systemd-networkd (where NixOS has its scripted networking, or networkd with useNetworkd):
# networking.useDHCP gives every Ethernet interface (en*, eth*) DHCP, and each of networking.interfaces gets a
# network of its own.
# With NetworkManager (services/networking/networkmanager.nix), networkd runs only for networking.interfaces,
# which NetworkManager then leaves alone.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.networking;

  addressOptions = {
    options = {
      address = mkOption { type = types.str; description = "The address."; };
      prefixLength = mkOption { type = types.addCheck types.int (n: n >= 0 && n <= 128); description = "The length of the network prefix."; };
    };
  };

  interfaceOptions = { name, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; description = "The name of the interface."; };
      useDHCP = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Whether this interface is configured with DHCP; null follows networking.useDHCP.";
      };
      ipv4.addresses = mkOption { type = types.listOf (types.submodule addressOptions); default = [ ]; description = "Static IPv4 addresses."; };
      ipv6.addresses = mkOption { type = types.listOf (types.submodule addressOptions); default = [ ]; description = "Static IPv6 addresses."; };
      wakeOnLan.enable = mkOption { type = types.bool; default = false; description = "Whether Wake-on-LAN is on."; };
    };
  };
in
{
  options.networking = {
    hostName = mkOption {
      default = config.system.nixos.distroId;
      defaultText = lib.literalExpression "config.system.nixos.distroId";
      # A host name without its domain: a DNS label (underscores are tolerated), or empty.
      type = types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
      description = "The name of the machine, without its domain; empty to get it from DHCP.";
    };

    domain = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "home.arpa";
      description = "The domain of the machine; with the host name, it makes networking.fqdn.";
    };

    fqdn = mkOption {
      type = types.str;
      default =
        if cfg.hostName != "" && cfg.domain != null then "${cfg.hostName}.${cfg.domain}"
        else throw ''
          The FQDN is required but cannot be determined from `networking.hostName`
          and `networking.domain`. Please ensure these options are set properly or
          set `networking.fqdn` directly.
        '';
      defaultText = lib.literalExpression ''"''${networking.hostName}.''${networking.domain}"'';
      description = "The fully qualified domain name of the machine.";
    };

    hostId = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "4e98920d";
      description = "The 32-bit host id (8 hexadecimal digits), which ZFS needs.";
    };

    useDHCP = mkOption {
      type = types.bool;
      default = true;
      description = "Whether interfaces without a configuration of their own use DHCP.";
    };

    enableIPv6 = mkOption {
      type = types.bool;
      default = true;
      description = "Whether IPv6 is on.";
    };

    nameservers = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "130.161.158.4" "130.161.33.17" ];
      description = "The DNS servers the machine uses.";
    };

    timeServers = mkOption {
      type = types.listOf types.str;
      default = [ "0.nixos.pool.ntp.org" "1.nixos.pool.ntp.org" "2.nixos.pool.ntp.org" "3.nixos.pool.ntp.org" ];
      description = "The NTP servers the machine's clock follows (services.timesyncd's by default).";
    };

    search = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "The domains searched for unqualified host names.";
    };

    defaultGateway = mkOption {
      type = types.nullOr (types.coercedTo types.str (address: { inherit address; }) (types.submodule {
        options.address = mkOption { type = types.str; description = "The gateway's address."; };
        options.interface = mkOption { type = types.nullOr types.str; default = null; description = "The interface it is reached by."; };
      }));
      default = null;
      description = "The default IPv4 gateway.";
    };

    useNetworkd = mkOption {
      type = types.bool;
      default = false;
      description = "Whether networking.interfaces are configured by systemd-networkd rather than scripts; nixj's systems use networkd either way.";
    };

    interfaces = mkOption {
      type = types.attrsOf (types.submodule interfaceOptions);
      default = { };
      description = "The configuration of each network interface, by name.";
    };
  };

  config = {
    assertions = [{
      assertion = cfg.hostId == null || (builtins.stringLength cfg.hostId == 8 && builtins.match "[0-9a-fA-F]*" cfg.hostId != null);
      message = "Invalid value given to the networking.hostId option.";
    }];

    # networkd's networks (../system/boot/networkd.nix): DHCP for every Ethernet interface, and one network
    # for each of networking.interfaces.
    systemd.network.networks = {
      "99-ethernet-default-dhcp" = lib.mkIf cfg.useDHCP {
        matchConfig.Name = "en* eth*";
        DHCP = "yes";
      };
    } // lib.mapAttrs' (name: interface: lib.nameValuePair "40-${name}" {
      matchConfig.Name = name;
      DHCP = lib.mkIf (interface.useDHCP == true || (interface.useDHCP == null && cfg.useDHCP)) "yes";
      address = map (a: "${a.address}/${toString a.prefixLength}") (interface.ipv4.addresses ++ interface.ipv6.addresses);
      gateway = lib.optional (cfg.defaultGateway != null && (cfg.defaultGateway.interface == null || cfg.defaultGateway.interface == name))
        cfg.defaultGateway.address;
    }) cfg.interfaces;

    systemd.network.enable = lib.mkIf (!config.networking.networkmanager.enable || cfg.interfaces != { }) (lib.mkDefault true);
  };
}
