# The minimal installation CD with the latest kernel.
{ pkgs, ... }:
{
  imports = [ ./installation-cd-minimal.nix ];

  boot.kernelPackages = pkgs.linuxPackages_latest;
}
