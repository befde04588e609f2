# services.earlyoom: Debian's earlyoom, which ends the process using the most memory before the kernel runs
# out of it, with NixOS's options as its command line; NixOS's unit replaces Debian's (which reads
# /etc/default/earlyoom). (Not done: enableNotifications, which needs systembus-notify.)
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.earlyoom;
  percent = types.ints.between 1 100;
  killThreshold = what: mkOption {
    type = types.nullOr percent;
    default = null;
    description = "The ${what} (percent) below which processes are killed (SIGKILL); null for half the SIGTERM threshold.";
  };
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "services" "earlyoom" "useKernelOOMKiller" ] ''
      This option is deprecated and ignored by earlyoom since 1.2.
    '')
    (lib.mkRemovedOptionModule [ "services" "earlyoom" "notificationsCommand" ] ''
      This option was removed in earlyoom 1.6, but was reimplemented in 1.7
      and is available as the new option `services.earlyoom.killHook`.
    '')
    (lib.mkRemovedOptionModule [ "services" "earlyoom" "ignoreOOMScoreAdjust" ] ''
      This option is deprecated and ignored by earlyoom since 1.7.
    '')
  ];

  options.services.earlyoom = {
    enable = lib.mkEnableOption "early out of memory killing";
    freeMemThreshold = mkOption { type = percent; default = 10; description = "The available memory (percent) below which, with little swap left too, processes are ended (SIGTERM)."; };
    freeMemKillThreshold = killThreshold "available memory";
    freeSwapThreshold = mkOption { type = percent; default = 10; description = "The free swap (percent) below which, with little memory left too, processes are ended (SIGTERM)."; };
    freeSwapKillThreshold = killThreshold "free swap";
    enableDebugInfo = mkOption { type = types.bool; default = false; description = "Whether earlyoom logs debugging messages."; };
    enableNotifications = mkOption { type = types.bool; default = false; description = "Whether killed processes are announced on the system bus (nixj: not yet)."; };
    killHook = mkOption { type = types.nullOr types.path; default = null; description = "A program run for each process killed (earlyoom -N)."; };
    reportInterval = mkOption { type = types.int; default = 3600; example = 0; description = "Seconds between memory reports; 0 for none."; };
    extraArgs = mkOption { type = types.listOf types.str; default = [ ]; example = [ "-g" "--prefer '(^|/)(java|chromium)$'" ]; description = "More arguments of earlyoom."; };
  };

  config = lib.mkIf cfg.enable {
    assertions = [{
      assertion = !cfg.enableNotifications;
      message = "services.earlyoom.enableNotifications needs services.systembus-notify, which nixj does not have yet.";
    }];

    environment.systemPackages = [ pkgs.earlyoom ];

    systemd.services.earlyoom = {
      description = "Early OOM Daemon for Linux";
      wantedBy = [ "multi-user.target" ];
      serviceConfig = {
        StandardError = "journal";
        ExecStart = lib.concatStringsSep " " ([
          "${pkgs.earlyoom}/usr/bin/earlyoom"
          ("-m ${toString cfg.freeMemThreshold}" + lib.optionalString (cfg.freeMemKillThreshold != null) ",${toString cfg.freeMemKillThreshold}")
          ("-s ${toString cfg.freeSwapThreshold}" + lib.optionalString (cfg.freeSwapKillThreshold != null) ",${toString cfg.freeSwapKillThreshold}")
          "-r ${toString cfg.reportInterval}"
        ]
        ++ lib.optional cfg.enableDebugInfo "-d"
        ++ lib.optional (cfg.killHook != null) "-N ${lib.escapeShellArg cfg.killHook}"
        ++ cfg.extraArgs);
      };
      replacePackageUnit = true;
    };
  };
}
