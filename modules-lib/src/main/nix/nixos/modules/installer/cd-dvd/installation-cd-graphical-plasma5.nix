# The KDE Plasma 5 installation CD: Plasma 5 on SDDM, logged in as `nixos` without a password.
{ lib, ... }:
{
  imports = [ ./installation-cd-graphical-base.nix ];

  isoImage.edition = lib.mkDefault "plasma5";

  services.xserver.desktopManager.plasma5.enable = true;

  services.displayManager = {
    sddm.enable = true;
    autoLogin = {
      enable = true;
      user = "nixos";
    };
  };
}
