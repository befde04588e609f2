# services.desktopManager.plasma6: KDE Plasma 6. nixj's package set has none of KDE yet, so a system with it
# evaluates and fails to build, naming the first package it lacks.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption mkDefault types;
  cfg = config.services.desktopManager.plasma6;
in
{
  options = {
    services.desktopManager.plasma6 = {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the KDE Plasma 6 desktop is installed and offered as a session.";
      };
      enableQt5Integration = mkOption {
        type = types.bool;
        default = true;
        description = "Whether Qt 5 applications get Plasma's theme and dialogs too.";
      };
    };
    environment.plasma6.excludePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.kdePackages.elisa ]";
      description = "Packages of Plasma's default set that the system leaves out.";
    };
  };

  config = lib.mkIf cfg.enable (lib.mkMerge [ (import ./session-services.nix { inherit config lib; }) {
    services.displayManager.sessionPackages = [ pkgs.kdePackages.plasma-workspace ];
    services.displayManager.defaultSession = mkDefault "plasma";
    environment.systemPackages = lib.subtractLists config.environment.plasma6.excludePackages (with pkgs.kdePackages; [
      plasma-workspace plasma-desktop systemsettings kwin dolphin konsole kate ark spectacle
      plasma-workspace-wallpapers breeze breeze-icons
    ]);
    programs.dconf.enable = true;
    services.power-profiles-daemon.enable = mkDefault true;
    hardware.bluetooth.enable = mkDefault true;
  } ]);
}
