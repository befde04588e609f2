# boot.initrd.luks.devices: encrypted block devices the initrd opens.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.boot.initrd.luks = {
    devices = mkOption {
      default = { };
      example = { luksroot.device = "/dev/disk/by-uuid/430e9eff-d852-4f68-aa3b-2fa3599ebe08"; };
      description = "The encrypted devices to open in stage 1, by the name of the opened device.";
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          name = mkOption {
            visible = false;
            type = types.str;
            default = name;
            description = "The name of the opened device (under /dev/mapper).";
          };
          device = mkOption {
            type = types.str;
            example = "/dev/disk/by-uuid/430e9eff-d852-4f68-aa3b-2fa3599ebe08";
            description = "The encrypted device.";
          };
          header = mkOption {
            type = types.nullOr types.str;
            default = null;
            description = "A detached LUKS header, if any.";
          };
          keyFile = mkOption {
            type = types.nullOr types.str;
            default = null;
            description = "A key file to open the device with instead of asking for a passphrase.";
          };
          allowDiscards = mkOption {
            type = types.bool;
            default = false;
            description = "Whether to pass discard (TRIM) requests through to the device.";
          };
          bypassWorkqueues = mkOption {
            type = types.bool;
            default = false;
            description = "Whether to bypass dm-crypt's work queues (faster on SSDs).";
          };
          preLVM = mkOption {
            type = types.bool;
            default = true;
            description = "Whether the device is opened before LVM volumes are looked for.";
          };
          crypttabExtraOpts = mkOption {
            type = types.listOf types.singleLineStr;
            default = [ ];
            description = "Further options for the device's crypttab line (systemd stage 1).";
          };
        };
      }));
    };
  };
}
