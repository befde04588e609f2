# The GNOME installation CD: GNOME on GDM, logged in as `nixos` without a password.
{ lib, ... }:
{
  imports = [ ./installation-cd-graphical-base.nix ];

  isoImage.edition = lib.mkDefault "gnome";

  services.desktopManager.gnome = {
    enable = true;
    # The dash offers what an installation needs: the browser, the manual, a terminal, files, GParted.
    favoriteAppsOverride = ''
      [org.gnome.shell]
      favorite-apps=[ 'firefox.desktop', 'nixos-manual.desktop', 'org.gnome.Console.desktop', 'org.gnome.Nautilus.desktop', 'gparted.desktop' ]
    '';
  };

  services.displayManager = {
    gdm = {
      enable = true;
      # An idle login screen must not suspend a machine someone may be installing over ssh.
      autoSuspend = false;
    };
    autoLogin = {
      enable = true;
      user = "nixos";
    };
  };
}
