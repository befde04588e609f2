# powerManagement: suspend, resume and the CPU frequency governor.
{ lib, ... }:
let
  inherit (lib) mkOption types;
  commands = description: mkOption { type = types.lines; default = ""; inherit description; };
in
{
  options.powerManagement = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the system manages power: suspend to RAM and to disk, and the commands around them.";
    };
    cpuFreqGovernor = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "ondemand";
      description = "The CPU frequency governor to set at boot (null: the kernel's default).";
    };
    powerUpCommands = commands "Commands run at boot and after resuming.";
    powerDownCommands = commands "Commands run before shutting down and before suspending.";
    resumeCommands = commands "Commands run after resuming from suspend.";
  };
}
