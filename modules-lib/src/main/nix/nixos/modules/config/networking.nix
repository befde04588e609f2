# /etc/hosts (localhost, networking.hosts and networking.extraHosts), /etc/hostname, and /etc/resolv.conf
# when networking.nameservers names the DNS servers (and systemd-resolved does not answer).
{ config, lib, ... }:
let
  cfg = config.networking;
in
{
  options.networking = {
    hosts = lib.mkOption {
      type = lib.types.attrsOf (lib.types.listOf lib.types.str);
      default = { };
      example = { "127.0.0.1" = [ "foo.bar.baz" ]; "192.168.0.2" = [ "fileserver.local" "nameserver.local" ]; };
      description = "Host names by IP address, for /etc/hosts.";
    };
    extraHosts = lib.mkOption {
      type = lib.types.lines;
      default = "";
      description = "Lines added to /etc/hosts as they are.";
    };
    useHostResolvConf = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether the machine takes the name servers of the host it runs in (NixOS's containers); nixj builds no containers.";
    };
  };

  config = {
    # The machine's own names: the fully qualified one first.
    networking.hosts."127.0.0.2" =
      lib.optional (cfg.hostName != "" && cfg.domain != null) "${cfg.hostName}.${cfg.domain}"
      ++ lib.optional (cfg.hostName != "") cfg.hostName;

    environment.etc = {
      hosts.text = "127.0.0.1 localhost\n"
        + lib.optionalString cfg.enableIPv6 "::1 localhost\n"
        + lib.concatStrings (lib.mapAttrsToList (address: names: "${address} ${toString names}\n")
          (lib.filterAttrs (_: names: names != [ ]) cfg.hosts))
        + cfg.extraHosts;
      hostname = lib.mkIf (cfg.hostName != "") { text = "${cfg.hostName}\n"; };
      "resolv.conf" = lib.mkIf (cfg.nameservers != [ ] && !config.services.resolved.enable) {
        text = lib.concatMapStrings (server: "nameserver ${server}\n") cfg.nameservers
          + lib.optionalString (cfg.search != [ ]) "search ${toString cfg.search}\n";
      };
    };
  };
}
