# services.journald: /etc/systemd/journald.conf for Debian's systemd-journald, as NixOS writes it (persistent
# storage, its rate limits, an optional console to copy the journal to, extraConfig last).
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.journald;
in
{
  options.services.journald = {
    console = mkOption { type = types.str; default = ""; example = "/dev/tty12"; description = "A terminal the journal is also written to; empty for none."; };
    rateLimitInterval = mkOption {
      type = types.str;
      default = "30s";
      description = "The window of the per-service rate limit (RateLimitIntervalSec=); 0 turns the limit off.";
    };
    rateLimitBurst = mkOption {
      type = types.int;
      default = 10000;
      description = "How many messages a service may log in one rateLimitInterval before the rest are dropped.";
    };
    storage = mkOption {
      type = types.enum [ "persistent" "volatile" "auto" "none" ];
      default = "persistent";
      description = "Where the journal is kept: on disk (/var/log/journal), in memory (/run), or nowhere.";
    };
    forwardToSyslog = mkOption { type = types.bool; default = false; description = "Whether messages are also passed to a syslog daemon."; };
    extraConfig = mkOption { type = types.lines; default = ""; example = "Storage=volatile"; description = "More lines of the [Journal] section (journald.conf(5))."; };
  };

  config.environment.etc."systemd/journald.conf".text = ''
    [Journal]
    Storage=${cfg.storage}
    RateLimitInterval=${cfg.rateLimitInterval}
    RateLimitBurst=${toString cfg.rateLimitBurst}
    ${lib.optionalString (cfg.console != "") ''
      ForwardToConsole=yes
      TTYPath=${cfg.console}
    ''}
    ${lib.optionalString cfg.forwardToSyslog ''
      ForwardToSyslog=yes
    ''}
    ${cfg.extraConfig}
  '';
}
