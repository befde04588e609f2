# services.desktopManager.gnome: the GNOME desktop, and the GNOME services it turns on (services.gnome.*).
# The packages are nixpkgs' names; nixj's package set has none of GNOME yet, so a system with it evaluates
# and fails to build, naming the first package it lacks.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption mkDefault types;
  cfg = config.services.desktopManager.gnome;
  services = config.services.gnome;
  moved = path: lib.mkRenamedOptionModule ([ "services" "xserver" "desktopManager" "gnome" ] ++ path) ([ "services" "desktopManager" "gnome" ] ++ path);
  # The packages of a group, less those the configuration excludes.
  unlessExcluded = lib.subtractLists config.environment.gnome.excludePackages;
  enableOption = description: mkOption { type = types.bool; default = false; inherit description; };
in
{
  imports = map moved [ [ "enable" ] [ "extraGSettingsOverrides" ] [ "extraGSettingsOverridePackages" ] [ "debug" ] [ "sessionPath" ] ]
    ++ [ (lib.mkRenamedOptionModule [ "services" "gnome" "core-utilities" "enable" ] [ "services" "gnome" "core-apps" "enable" ]) ];

  options = {
    services.desktopManager.gnome = {
      enable = enableOption "Whether the GNOME desktop is installed and offered as a session.";
      sessionPath = mkOption {
        type = types.listOf types.package;
        default = [ ];
        description = "Packages added to the session's search paths (GSettings schemas, GObject introspection).";
      };
      favoriteAppsOverride = mkOption {
        internal = true;
        type = types.lines;
        default = ''
          [org.gnome.shell]
          favorite-apps=[ 'org.gnome.Epiphany.desktop', 'org.gnome.Geary.desktop', 'org.gnome.Calendar.desktop', 'org.gnome.Music.desktop', 'org.gnome.Nautilus.desktop' ]
        '';
        description = "The GSettings override that lists the dash's favourite applications.";
      };
      extraGSettingsOverrides = mkOption {
        type = types.lines;
        default = "";
        description = "More GSettings overrides, in keyfile syntax.";
      };
      extraGSettingsOverridePackages = mkOption {
        type = types.listOf types.path;
        default = [ ];
        description = "Packages whose GSettings schemas the overrides apply to.";
      };
      debug = enableOption "Whether gnome-session logs debugging messages.";
    };

    services.gnome = {
      core-os-services.enable = enableOption "Whether the system services GNOME relies on run.";
      core-shell.enable = enableOption "Whether GNOME Shell and its services are installed.";
      core-apps.enable = enableOption "Whether GNOME's core applications are installed.";
      core-developer-tools.enable = enableOption "Whether GNOME's developer tools are installed.";
      games.enable = enableOption "Whether GNOME's games are installed.";
      gnome-keyring.enable = enableOption "Whether GNOME Keyring stores secrets and unlocks them at login.";
    };

    environment.gnome.excludePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.epiphany ]";
      description = "Packages of GNOME's default set that the system leaves out.";
    };
  };

  config = lib.mkMerge [
    (lib.mkIf cfg.enable {
      services.gnome.core-os-services.enable = true;
      services.gnome.core-shell.enable = true;
      services.gnome.core-apps.enable = mkDefault true;
      services.displayManager.sessionPackages = [ pkgs.gnome-session ];
      environment.systemPackages = cfg.sessionPath;
      environment.sessionVariables.GNOME_SESSION_DEBUG = lib.mkIf cfg.debug "1";
    })

    (lib.mkIf services.core-os-services.enable (import ./session-services.nix { inherit config lib; }))
    (lib.mkIf services.core-os-services.enable {
      hardware.bluetooth.enable = mkDefault true;
      programs.dconf.enable = true;
      security.rtkit.enable = mkDefault true;
      services.power-profiles-daemon.enable = mkDefault true;
      services.gnome.gnome-keyring.enable = true;
      networking.networkmanager.enable = mkDefault true;
    })

    (lib.mkIf services.core-shell.enable {
      services.desktopManager.gnome.sessionPath = [ pkgs.gnome-shell ];
      services.avahi.enable = mkDefault true;
      services.colord.enable = mkDefault true;
      services.geoclue2.enable = mkDefault true;
      services.gvfs.enable = true;
      environment.systemPackages = [ pkgs.gnome-shell ] ++ unlessExcluded (with pkgs; [
        adwaita-icon-theme gnome-backgrounds gnome-bluetooth gnome-color-manager gnome-control-center gnome-tour
        gnome-user-docs glib gnome-menus xdg-user-dirs xdg-user-dirs-gtk
      ]);
    })

    (lib.mkIf services.core-apps.enable {
      environment.systemPackages = unlessExcluded (with pkgs; [
        baobab decibels epiphany gnome-text-editor gnome-calculator gnome-calendar gnome-characters gnome-clocks
        gnome-console gnome-contacts gnome-font-viewer gnome-logs gnome-maps gnome-music gnome-system-monitor
        gnome-weather loupe nautilus papers gnome-connections showtime simple-scan snapshot yelp
      ]);
    })

    (lib.mkIf services.games.enable {
      environment.systemPackages = unlessExcluded (with pkgs; [
        aisleriot atomix five-or-more four-in-a-row gnome-2048 gnome-chess gnome-klotski gnome-mahjongg gnome-mines
        gnome-nibbles gnome-robots gnome-sudoku gnome-taquin gnome-tetravex hitori iagno lightsoff quadrapassel
        swell-foop tali
      ]);
    })

    (lib.mkIf services.core-developer-tools.enable {
      environment.systemPackages = unlessExcluded (with pkgs; [ dconf-editor devhelp d-spy gnome-builder sysprof ]);
    })
  ];
}
