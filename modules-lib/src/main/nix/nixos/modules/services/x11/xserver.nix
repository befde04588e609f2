# services.xserver: the X server and its keyboard. The display and desktop managers that start a session on
# it are modules of their own (../display-managers, ../desktop-managers).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.xserver;
  xkbRename = old: new: lib.mkRenamedOptionModule [ "services" "xserver" old ] [ "services" "xserver" "xkb" new ];
in
{
  imports = [
    (xkbRename "layout" "layout")
    (xkbRename "xkbVariant" "variant")
    (xkbRename "xkbOptions" "options")
    (xkbRename "xkbModel" "model")
    (lib.mkRenamedOptionModule [ "services" "xserver" "libinput" "enable" ] [ "services" "libinput" "enable" ])
  ];

  options.services.xserver = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the X server (and with it a graphical session) is part of the system.";
    };
    autorun = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the display manager starts at boot; otherwise `systemctl start display-manager` starts it.";
    };
    xkb = {
      layout = mkOption {
        type = types.str;
        default = "us";
        description = "The keyboard layout (or layouts, comma-separated) of the X server and of Wayland sessions.";
      };
      variant = mkOption {
        type = types.str;
        default = "";
        example = "colemak";
        description = "The variant of the keyboard layout.";
      };
      options = mkOption {
        type = types.commas;
        default = "terminate:ctrl_alt_bksp";
        example = "grp:caps_toggle,grp_led:scroll";
        description = "XKB options, comma-separated.";
      };
      model = mkOption {
        type = types.str;
        default = "pc104";
        description = "The keyboard model.";
      };
    };
    videoDrivers = mkOption {
      type = types.listOf types.str;
      default = [ "modesetting" "fbdev" ];
      example = [ "nvidia" "amdgpu" ];
      description = "The X video drivers to try, in order.";
    };
    excludePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.xterm ]";
      description = "Packages the X server's module would install that the system should not have.";
    };
    exportConfiguration = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the X server's configuration is also written to /etc/X11/xorg.conf.";
    };
    updateDbusEnvironment = mkOption {
      type = types.bool;
      default = false;
      description = "Whether a session passes its environment on to D-Bus activated services.";
    };
  };

  config = lib.mkIf cfg.enable {
    hardware.graphics.enable = lib.mkDefault true;
    fonts.enableDefaultPackages = lib.mkDefault true;
    services.displayManager.enable = lib.mkDefault true;
    # (NixOS adds the X utilities too; nixj lists the ones its package set names.)
    environment.systemPackages = lib.subtractLists cfg.excludePackages [ pkgs.xterm pkgs.xdg-utils pkgs.nixos-icons ];
  };
}
