# Memtest86+ as an entry of the GRUB (and ISO) boot menu.
{ lib, ... }:
{
  options.boot.loader.grub.memtest86 = {
    enable = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether the boot menu has a Memtest86+ entry.";
    };
    params = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "console=ttyS0,115200" ];
      description = "Parameters given to Memtest86+.";
    };
  };
}
