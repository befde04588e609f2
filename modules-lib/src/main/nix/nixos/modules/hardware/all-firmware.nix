# hardware.enableRedistributableFirmware and hardware.enableAllFirmware.
{ config, lib, ... }:
{
  options.hardware = {
    enableAllFirmware = lib.mkEnableOption "all firmware, whatever its licence";
    enableRedistributableFirmware = lib.mkEnableOption "firmware with a licence that allows redistribution" // {
      default = config.hardware.enableAllFirmware;
      defaultText = lib.literalExpression "config.hardware.enableAllFirmware";
    };
    firmware = lib.mkOption {
      type = lib.types.listOf lib.types.package;
      default = [ ];
      description = "Packages with firmware the kernel may load.";
    };
  };
}
