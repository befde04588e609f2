# systemd-boot, the EFI boot manager of systemd.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.boot.loader.systemd-boot = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether systemd-boot is the boot loader (EFI only).";
    };
    configurationLimit = mkOption {
      type = types.nullOr types.int;
      default = null;
      example = 120;
      description = "How many system generations the boot menu lists at most; null for all.";
    };
    editor = mkOption {
      type = types.bool;
      default = false;
      description = "Whether kernel parameters can be edited at boot (which gives a root shell to anyone at the console).";
    };
    consoleMode = mkOption {
      type = types.enum [ "0" "1" "2" "5" "auto" "max" "keep" ];
      default = "keep";
      description = "The resolution of the console.";
    };
  };
}
