# The services of a desktop session whose options desktops and configurations set without more.
{ config, lib, ... }:
let
  enableOption = description: default: lib.mkOption { type = lib.types.bool; inherit default description; };
in
{
  options = {
    hardware.bluetooth.enable = enableOption "Whether Bluetooth (BlueZ) is supported." false;
    programs.dconf.enable = enableOption "Whether dconf, the settings store of GNOME and GTK applications, is installed." false;
    security.rtkit.enable = enableOption "Whether RealtimeKit lets sound servers raise their scheduling priority." false;
    services.accounts-daemon.enable = enableOption "Whether AccountsService tells desktops about user accounts." false;
    services.avahi.enable = enableOption "Whether Avahi announces and finds services on the local network (mDNS)." false;
    services.colord.enable = enableOption "Whether colord manages colour profiles." false;
    services.flatpak.enable = enableOption "Whether Flatpak applications can be installed." false;
    services.geoclue2.enable = enableOption "Whether GeoClue tells applications where the machine is." false;
    services.gvfs.enable = enableOption "Whether GVfs gives GIO applications virtual file systems (trash, network shares)." false;
    services.libinput.enable = enableOption "Whether libinput handles mice, touchpads and keyboards of graphical sessions." config.services.xserver.enable;
    services.power-profiles-daemon.enable = enableOption "Whether power-profiles-daemon switches between power profiles." false;
    services.printing.enable = enableOption "Whether CUPS prints." false;
    services.upower.enable = enableOption "Whether UPower reports batteries and power sources." false;
    xdg.portal.enable = enableOption "Whether XDG desktop portals serve sandboxed applications." false;
  };
}
