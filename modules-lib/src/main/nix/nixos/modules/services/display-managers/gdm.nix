# services.displayManager.gdm: GNOME's display manager.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.displayManager.gdm;
  moved = path: lib.mkRenamedOptionModule ([ "services" "xserver" "displayManager" "gdm" ] ++ path) ([ "services" "displayManager" "gdm" ] ++ path);
in
{
  imports = map moved [ [ "enable" ] [ "wayland" ] [ "autoSuspend" ] [ "banner" ] [ "debug" ] [ "settings" ] [ "autoLogin" "delay" ] ];

  options.services.displayManager.gdm = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether GDM is the display manager.";
    };
    wayland = mkOption {
      type = types.bool;
      default = true;
      description = "Whether GDM offers Wayland sessions (and runs on Wayland itself).";
    };
    autoSuspend = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the machine suspends itself while GDM's login screen sits idle.";
    };
    banner = mkOption {
      type = types.nullOr types.lines;
      default = null;
      description = "A text the login screen shows above the password field.";
    };
    debug = mkOption {
      type = types.bool;
      default = false;
      description = "Whether GDM logs debugging messages.";
    };
    settings = mkOption {
      type = types.attrsOf (types.attrsOf (types.oneOf [ types.bool types.int types.str ]));
      default = { };
      example = { debug.enable = true; };
      description = "Sections and keys of GDM's `custom.conf`.";
    };
    autoLogin.delay = mkOption {
      type = types.int;
      default = 0;
      description = "Seconds the login screen waits before the automatic login.";
    };
  };

  config = lib.mkIf cfg.enable {
    services.displayManager.enable = true;
    services.xserver.updateDbusEnvironment = true;
    users.users.gdm = {
      isSystemUser = true;
      uid = config.ids.uids.gdm;
      group = "gdm";
      home = "/run/gdm";
      description = "GDM user";
    };
    users.groups.gdm.gid = config.ids.gids.gdm;
  };
}
