# nix.gc: nix-collect-garbage as a service (nix-gc.service), run by a timer at the dates asked for when automatic.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.nix.gc;
in
{
  options.nix.gc = {
    automatic = mkOption { type = types.bool; default = false; description = "Whether the store is garbage-collected periodically."; };
    dates = mkOption {
      type = types.either types.singleLineStr (types.listOf types.str);
      default = [ "03:15" ];
      apply = lib.toList;
      description = "When the collector runs (systemd.time(7) calendar events).";
    };
    randomizedDelaySec = mkOption { type = types.singleLineStr; default = "0"; example = "45min"; description = "A random delay up to this long before each run."; };
    persistent = mkOption { type = types.bool; default = true; description = "Whether a run missed while the machine was off happens at the next boot."; };
    options = mkOption { type = types.singleLineStr; default = ""; example = "--delete-older-than 30d"; description = "Options of nix-collect-garbage."; };
  };

  config = lib.mkIf config.nix.enable {
    systemd.services.nix-gc = {
      description = "Nix Garbage Collector";
      serviceConfig = {
        Type = "oneshot";
        ExecStart = "${config.nix.package}/usr/bin/nix-collect-garbage ${cfg.options}";
      };
    };
    systemd.timers.nix-gc = lib.mkIf cfg.automatic {
      wantedBy = [ "timers.target" ];
      timerConfig = { OnCalendar = cfg.dates; Persistent = cfg.persistent; RandomizedDelaySec = cfg.randomizedDelaySec; };
    };
  };
}
