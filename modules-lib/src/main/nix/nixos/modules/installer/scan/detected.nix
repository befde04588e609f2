# Hardware support nixos-generate-config would detect: an installer enables it all.
{ lib, ... }:
{
  # Network cards' firmware is loaded when the hardware asks for it.
  hardware.enableRedistributableFirmware = lib.mkDefault true;
}
