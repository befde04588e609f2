# swapDevices: swap partitions and files.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.swapDevices = mkOption {
    default = [ ];
    example = [{ device = "/dev/hda7"; } { device = "/var/swapfile"; size = 4096; }];
    description = "The swap devices and files the system uses.";
    type = types.listOf (types.submodule ({ config, options, ... }: {
      options = {
        device = mkOption {
          type = types.nonEmptyStr;
          example = "/dev/sda3";
          description = "The swap partition or file.";
        };
        label = mkOption {
          type = types.str;
          example = "swap";
          description = "The label of the swap partition; sets `device`.";
        };
        size = mkOption {
          type = types.nullOr types.int;
          default = null;
          example = 2048;
          description = "The size of a swap file to create, in MiB; null uses an existing device.";
        };
        priority = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "The swap priority (higher is used first).";
        };
        discardPolicy = mkOption {
          type = types.nullOr (types.enum [ "once" "pages" "both" ]);
          default = null;
          description = "Whether and how discard (TRIM) is used.";
        };
        randomEncryption.enable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the swap is encrypted with a key made anew at each boot.";
        };
        options = mkOption {
          type = types.listOf types.nonEmptyStr;
          default = [ "defaults" ];
          description = "Options of the swap's fstab line.";
        };
        realDevice = mkOption {
          internal = true;
          type = types.path;
          description = "The device actually used (the mapper device when encrypted).";
        };
      };

      config = {
        device = lib.mkIf options.label.isDefined "/dev/disk/by-label/${config.label}";
        realDevice = if config.randomEncryption.enable
          then "/dev/mapper/${builtins.replaceStrings [ "/" ] [ "-" ] (lib.removePrefix "/" config.device)}"
          else config.device;
      };
    }));
  };
}
