# EFI: where the EFI system partition is and whether the boot loader may change the firmware's settings.
{ lib, ... }:
{
  options.boot.loader.efi = {
    canTouchEfiVariables = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether installing the boot loader may change the firmware's EFI variables.";
    };
    efiSysMountPoint = lib.mkOption {
      type = lib.types.str;
      default = "/boot";
      description = "Where the EFI system partition is mounted.";
    };
  };
}
