# services.timesyncd: systemd's NTP client (Debian's systemd-timesyncd), on by default as in NixOS:
# /etc/systemd/timesyncd.conf from the servers, and the unit wanted by sysinit.target under its D-Bus name too.
# Its account comes from the package's sysusers.d file, as every system account of a package does.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.timesyncd;
in
{
  options.services.timesyncd = {
    enable = mkOption {
      type = types.bool;
      default = !config.boot.isContainer;
      defaultText = lib.literalExpression "!config.boot.isContainer";
      description = "Whether systemd-timesyncd keeps the clock in time over NTP.";
    };
    servers = mkOption {
      type = types.nullOr (types.listOf types.str);
      default = config.networking.timeServers;
      defaultText = lib.literalExpression "config.networking.timeServers";
      description = "The NTP servers (NTP=); null leaves them to the network's (DHCP) and the fallback ones.";
    };
    fallbackServers = mkOption {
      type = types.nullOr (types.listOf types.str);
      default = null;
      description = "The servers used when no other is known (FallbackNTP=); null keeps systemd's.";
    };
    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = "PollIntervalMaxSec=180";
      description = "More lines of timesyncd.conf's [Time] section (timesyncd.conf(5)).";
    };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ pkgs.systemd-timesyncd ];
    environment.etc."systemd/timesyncd.conf".text = "[Time]\n"
      + lib.optionalString (cfg.servers != null) "NTP=${lib.concatStringsSep " " cfg.servers}\n"
      + lib.optionalString (cfg.fallbackServers != null) "FallbackNTP=${lib.concatStringsSep " " cfg.fallbackServers}\n"
      + cfg.extraConfig;
    systemd.units."systemd-timesyncd.service" = {
      wantedBy = [ "sysinit.target" ];
      aliases = [ "dbus-org.freedesktop.timesync1.service" ];
    };
  };
}
