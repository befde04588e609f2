# /etc/hosts: networking.hosts and networking.extraHosts.
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
  };

  # The machine's own names: the fully qualified one first.
  config.networking.hosts."127.0.0.2" =
    lib.optional (cfg.hostName != "" && cfg.domain != null) "${cfg.hostName}.${cfg.domain}"
    ++ lib.optional (cfg.hostName != "") cfg.hostName;
}
