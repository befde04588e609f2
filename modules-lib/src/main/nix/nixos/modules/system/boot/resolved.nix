# services.resolved: systemd's DNS resolver (Debian's systemd-resolved) with /etc/systemd/resolved.conf from
# `settings`, as NixOS writes it; /etc/resolv.conf becomes a link to its stub resolver's file, and
# NetworkManager hands it the name servers it learns. The name servers of networking.nameservers and the
# search domains of networking.search are its defaults. (Not done: the initrd's resolver, which needs
# systemd in stage 1; the `resolve` NSS module: programs reach it through the stub at 127.0.0.53.)
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.resolved;
  format = pkgs.formats.ini { listsAsDuplicateKeys = true; };

  # A list of words as one setting; an empty list is no setting.
  words = { default, defaultText ? null, example, description, nullable ? false }: mkOption ({
    inherit default example description;
    type = if nullable then types.nullOr (types.listOf types.str) else types.listOf types.str;
    apply = list: if list == null || (!nullable && list == [ ]) then null else lib.concatStringsSep " " list;
  } // lib.optionalAttrs (defaultText != null) { defaultText = lib.literalExpression defaultText; });
  choice = values: default: example: description: mkOption { type = types.enum values; inherit default example description; };
in
{
  imports =
    [ (lib.mkRemovedOptionModule [ "services" "resolved" "extraConfig" ] "Use `services.resolved.settings` instead.") ]
    ++ lib.mapAttrsToList (old: new: lib.mkRenamedOptionModule [ "services" "resolved" old ] [ "services" "resolved" "settings" "Resolve" new ]) {
      fallbackDns = "FallbackDNS";
      domains = "Domains";
      llmnr = "LLMNR";
      dnssec = "DNSSEC";
      dnsovertls = "DNSOverTLS";
    };

  options.services.resolved = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether systemd-resolved resolves the system's host names (its stub resolver answers at 127.0.0.53).";
    };
    settings = mkOption {
      default = { };
      description = "Settings of /etc/systemd/resolved.conf, by section (see resolved.conf(5)); lists repeat their key.";
      type = types.submodule {
        freeformType = format.type;
        options.Resolve = {
          DNS = words {
            default = config.networking.nameservers;
            defaultText = "config.networking.nameservers";
            example = [ "9.9.9.9" "2620:fe::fe" ];
            description = "The name servers systemd-resolved asks.";
          };
          FallbackDns = words {
            default = null;
            nullable = true;
            example = [ "9.9.9.9" ];
            description = "The name servers asked when no other is known; null for systemd's built-in list, an empty list for none.";
          };
          Domains = words {
            default = config.networking.search;
            defaultText = "config.networking.search";
            example = [ "example.org" ];
            description = "The search domains, which qualify host names without a dot.";
          };
          LLMNR = choice [ "true" "resolve" "false" ] "true" "false"
            "Link-Local Multicast Name Resolution: answer and resolve (\"true\"), resolve only (\"resolve\"), or neither.";
          DNSSEC = choice [ "true" "allow-downgrade" "false" ] "false" "true"
            "Whether answers are validated with DNSSEC: always, where the server supports it (\"allow-downgrade\"), or never.";
          DNSOverTLS = choice [ "true" "opportunistic" "false" ] "false" "true"
            "Whether queries are encrypted with DNS over TLS: always, where the server supports it (\"opportunistic\"), or never.";
        };
      };
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [{
      assertion = !config.networking.useHostResolvConf;
      message = "Using host resolv.conf is not supported with systemd-resolved";
    }];

    environment.systemPackages = [ pkgs.systemd-resolved ];

    systemd.services.systemd-resolved = {
      wantedBy = [ "sysinit.target" ];
      aliases = [ "dbus-org.freedesktop.resolve1.service" ];
      reloadTriggers = [ config.environment.etc."systemd/resolved.conf".source ];
      stopIfChanged = false;
    };

    environment.etc = {
      "systemd/resolved.conf".source = format.generate "resolved.conf" cfg.settings;
      # The stub resolver's file, as systemd-resolved's manual recommends.
      "resolv.conf".source = "/run/systemd/resolve/stub-resolv.conf";
    };

    networking.networkmanager.dns = "systemd-resolved";
  };
}
