# A graphical system: KDE Plasma 6 behind SDDM, with touchpad support and a browser.
{ pkgs, ... }:
{
  services.xserver.enable = true;
  services.libinput.enable = true;
  services.displayManager.sddm.enable = true;
  services.desktopManager.plasma6.enable = true;

  environment.systemPackages = [ pkgs.mesa-demos pkgs.firefox ];
}
