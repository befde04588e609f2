# services.displayManager.sddm: the display manager of KDE Plasma.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.displayManager.sddm;
  moved = path: lib.mkRenamedOptionModule ([ "services" "xserver" "displayManager" "sddm" ] ++ path) ([ "services" "displayManager" "sddm" ] ++ path);
in
{
  imports = map moved [ [ "enable" ] [ "theme" ] [ "settings" ] [ "autoNumlock" ] [ "enableHidpi" ] ];

  options.services.displayManager.sddm = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether SDDM is the display manager.";
    };
    wayland.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether SDDM's greeter runs on Wayland rather than on the X server.";
    };
    theme = mkOption {
      type = types.str;
      default = "";
      description = "The greeter theme (empty: SDDM's own).";
    };
    autoNumlock = mkOption {
      type = types.bool;
      default = false;
      description = "Whether Num Lock is on at the login screen.";
    };
    enableHidpi = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the greeter scales itself on high-resolution screens.";
    };
    settings = mkOption {
      type = types.attrsOf (types.attrsOf (types.oneOf [ types.bool types.int types.str ]));
      default = { };
      example = { Autologin.Session = "plasma.desktop"; };
      description = "Sections and keys of `sddm.conf`.";
    };
  };

  config = lib.mkIf cfg.enable {
    services.displayManager.enable = true;
    users.users.sddm = {
      isSystemUser = true;
      uid = config.ids.uids.sddm;
      group = "sddm";
      home = "/var/lib/sddm";
      createHome = true;
      description = "SDDM user";
    };
    users.groups.sddm.gid = config.ids.gids.sddm;
  };
}
