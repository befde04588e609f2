# services.fstrim: util-linux's fstrim.timer (Debian's unit, which trims every mounted file system that
# supports it), enabled at the configured interval.
{ config, lib, ... }:
let
  cfg = config.services.fstrim;
in
{
  options.services.fstrim = {
    enable = lib.mkEnableOption "periodic TRIM of the file systems that support it (fstrim.timer)";
    interval = lib.mkOption {
      type = lib.types.str;
      default = "weekly";
      example = "daily";
      description = "When fstrim runs (systemd.time(7) calendar event).";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.timers.fstrim = {
      wantedBy = [ "timers.target" ];
      # The empty value clears the package's OnCalendar= before ours.
      timerConfig = { OnCalendar = [ "" cfg.interval ]; AccuracySec = "1h"; Persistent = true; };
    };
  };
}
