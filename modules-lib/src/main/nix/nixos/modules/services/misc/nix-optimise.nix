# nix.optimise: `nix-store --optimise` (identical files of the store made hard links of one) as a service
# (nix-optimise.service), run by a timer at the dates asked for when automatic, on AC power only.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.nix.optimise;
in
{
  options.nix.optimise = {
    automatic = mkOption { type = types.bool; default = false; description = "Whether the store is optimised periodically."; };
    dates = mkOption {
      type = types.either types.singleLineStr (types.listOf types.str);
      default = [ "03:45" ];
      apply = lib.toList;
      description = "When the optimiser runs (systemd.time(7) calendar events).";
    };
    randomizedDelaySec = mkOption { type = types.singleLineStr; default = "1800"; description = "A random delay up to this long before each run."; };
    persistent = mkOption { type = types.bool; default = true; description = "Whether a run missed while the machine was off happens at the next boot."; };
  };

  config = lib.mkIf config.nix.enable {
    systemd.services.nix-optimise = {
      description = "Nix Store Optimiser";
      unitConfig.ConditionACPower = true;
      serviceConfig.ExecStart = "${config.nix.package}/usr/bin/nix-store --optimise";
    };
    systemd.timers.nix-optimise = lib.mkIf cfg.automatic {
      wantedBy = [ "timers.target" ];
      timerConfig = { OnCalendar = cfg.dates; Persistent = cfg.persistent; RandomizedDelaySec = cfg.randomizedDelaySec; };
    };
  };
}
