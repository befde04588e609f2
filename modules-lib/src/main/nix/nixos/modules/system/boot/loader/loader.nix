# Options every boot loader shares.
{ lib, ... }:
{
  options.boot.loader.timeout = lib.mkOption {
    type = lib.types.nullOr lib.types.int;
    default = 5;
    example = null;
    description = "Seconds before the boot loader boots the default entry; null waits for ever.";
  };
}
