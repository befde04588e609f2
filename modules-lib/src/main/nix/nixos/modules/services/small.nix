# Services whose options configurations and profiles set without more.
{ lib, ... }:
let
  enableOption = description: default: lib.mkOption { type = lib.types.bool; inherit default description; };
in
{
  options = {
    services.logrotate.enable = enableOption "Whether logrotate rotates logs." true;
    services.udisks2.enable = enableOption "Whether udisks2 lets users mount removable disks." true;
    xdg.autostart.enable = enableOption "Whether XDG autostart files are installed." true;
    xdg.icons.enable = enableOption "Whether XDG icon themes are installed." true;
    xdg.mime.enable = enableOption "Whether XDG MIME associations are installed." true;
    xdg.sounds.enable = enableOption "Whether XDG sound themes are installed." true;
  };
}
