# The KDE Plasma 6 installation CD: Plasma on SDDM, logged in as `nixos` without a password.
{ lib, ... }:
{
  imports = [ ./installation-cd-graphical-base.nix ];

  isoImage.edition = lib.mkDefault "plasma6";

  services.desktopManager.plasma6.enable = true;

  services.displayManager = {
    sddm.enable = true;
    autoLogin = {
      enable = true;
      user = "nixos";
    };
  };
}
