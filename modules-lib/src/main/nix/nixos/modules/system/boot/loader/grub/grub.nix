# GRUB 2, the default boot loader.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.boot.loader.grub;
  efi = config.boot.loader.efi;
in
{
  options.boot.loader.grub = {
    enable = mkOption {
      type = types.bool;
      default = !config.boot.isContainer;
      defaultText = lib.literalExpression "!config.boot.isContainer";
      description = "Whether GRUB is the boot loader.";
    };

    device = mkOption {
      type = types.str;
      default = "";
      example = "/dev/disk/by-id/wwn-0x500001234567890a";
      description = "The disk GRUB is installed on (`nodev` for none, as with EFI); one of boot.loader.grub.devices.";
    };

    devices = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "/dev/disk/by-id/wwn-0x500001234567890a" ];
      description = "The disks GRUB is installed on.";
    };

    mirroredBoots = mkOption {
      type = types.listOf (types.submodule {
        options = {
          path = mkOption { type = types.str; example = "/boot1"; description = "Where the boot files are kept."; };
          devices = mkOption { type = types.listOf types.str; default = [ ]; description = "The disks GRUB is installed on for this path."; };
          efiSysMountPoint = mkOption { type = types.nullOr types.str; default = null; description = "The EFI system partition of this path."; };
          efiBootloaderId = mkOption { type = types.nullOr types.str; default = null; description = "The name of the boot entry in the firmware."; };
        };
      });
      default = [ ];
      description = "Copies of the boot files, each with the disks GRUB is installed on for it.";
    };

    efiSupport = mkOption {
      type = types.bool;
      default = false;
      description = "Whether GRUB is built and installed for EFI.";
    };

    efiInstallAsRemovable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether GRUB is installed at the removable-media path of the EFI partition.";
    };

    useOSProber = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the boot menu lists the other operating systems found on the machine.";
    };

    configurationLimit = mkOption {
      type = types.int;
      default = 100;
      description = "How many system generations the boot menu lists at most.";
    };

    splashImage = mkOption {
      type = types.nullOr types.path;
      example = lib.literalExpression "./my-background.png";
      default = null;
      description = "The background image of the boot menu, or null for none.";
    };

    extraEntries = mkOption {
      type = types.lines;
      default = "";
      description = "Entries added to the boot menu, in GRUB's syntax.";
    };

    forcei686 = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the 32-bit GRUB is used on a 64-bit system.";
    };
  };

  config = lib.mkIf cfg.enable {
    boot.loader.grub.devices = lib.optional (cfg.device != "") cfg.device;

    boot.loader.grub.mirroredBoots = lib.optionals (cfg.devices != [ ]) [{
      path = "/boot";
      inherit (cfg) devices;
      inherit (efi) efiSysMountPoint;
    }];

    assertions = [
      {
        assertion = cfg.mirroredBoots != [ ];
        message = "You must set the option ‘boot.loader.grub.devices’ or 'boot.loader.grub.mirroredBoots' to make the system bootable.";
      }
      {
        assertion = cfg.efiSupport || lib.all (d: d != "nodev") cfg.devices;
        message = "You cannot have devices = [ \"nodev\" ] without efiSupport.";
      }
    ];
  };
}
