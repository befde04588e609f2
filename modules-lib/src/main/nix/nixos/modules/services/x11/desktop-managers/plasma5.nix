# services.xserver.desktopManager.plasma5: KDE Plasma 5, as NixOS kept it until its removal. nixj's package
# set has none of KDE yet, so a system with it evaluates and fails to build, naming the first package it lacks.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.xserver.desktopManager.plasma5;
in
{
  options = {
    services.xserver.desktopManager.plasma5 = {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the KDE Plasma 5 desktop is installed and offered as a session.";
      };
      useQtScaling = mkOption {
        type = types.bool;
        default = false;
        description = "Whether Qt scales applications on high-resolution screens.";
      };
    };
    environment.plasma5.excludePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages of Plasma 5's default set that the system leaves out.";
    };
  };

  config = lib.mkIf cfg.enable (lib.mkMerge [ (import ../../desktop-managers/session-services.nix { inherit config lib; }) {
    services.displayManager.sessionPackages = [ pkgs.libsForQt5.plasma-workspace ];
    environment.systemPackages = lib.subtractLists config.environment.plasma5.excludePackages (with pkgs.libsForQt5; [
      plasma-workspace plasma-desktop systemsettings kwin dolphin konsole breeze-qt5 breeze-icons
    ]);
  } ]);
}
