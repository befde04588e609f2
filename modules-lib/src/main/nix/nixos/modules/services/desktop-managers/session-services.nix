# What every desktop environment turns on besides its own packages (a function of the configuration, merged into
# the desktop modules' config): polkit and AccountsService, disks and power for the session, libinput, the XDG
# portal, icon and MIME support, and D-Bus activation with the session's environment.
{ config, lib }:
{
  security.polkit.enable = true;
  services.accounts-daemon.enable = true;
  services.udisks2.enable = true;
  services.upower.enable = config.powerManagement.enable;
  services.libinput.enable = lib.mkDefault true;
  xdg.portal.enable = true;
  xdg.icons.enable = true;
  xdg.mime.enable = true;
  services.xserver.updateDbusEnvironment = true;
  environment.pathsToLink = [ "/share" ];
}
