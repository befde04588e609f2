# Hardware nixos-generate-config cannot detect: firmware the kernel may need.
{ lib, ... }:
{
  hardware.enableRedistributableFirmware = lib.mkDefault true;
}
