# services.displayManager: what every display manager shares (automatic login, the default session, the
# session packages). GDM and SDDM are ./gdm.nix and ./sddm.nix.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.displayManager;
  moved = name: lib.mkRenamedOptionModule [ "services" "xserver" "displayManager" name ] [ "services" "displayManager" name ];
in
{
  imports = [
    ./gdm.nix
    ./sddm.nix
    (moved "autoLogin")
    (moved "defaultSession")
  ];

  options.services.displayManager = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether a display manager service (`display-manager.service`) is part of the system.";
    };
    autoLogin = {
      enable = mkOption {
        type = types.bool;
        default = cfg.autoLogin.user != null;
        defaultText = lib.literalExpression "config.services.displayManager.autoLogin.user != null";
        description = "Whether the display manager logs a user in without asking.";
      };
      user = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The account the display manager logs in automatically.";
      };
    };
    defaultSession = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "gnome";
      description = "The session the display manager starts unless the user picks another.";
    };
    sessionPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages whose `share/xsessions` and `share/wayland-sessions` the display manager offers.";
    };
  };

  config = {
    assertions = [{
      assertion = cfg.autoLogin.enable -> cfg.autoLogin.user != null;
      message = "services.displayManager.autoLogin.enable requires services.displayManager.autoLogin.user to be set";
    }];
  };
}
