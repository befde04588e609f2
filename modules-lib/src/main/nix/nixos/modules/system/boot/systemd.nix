# systemd: the units of the system, made the NixOS way for Debian's systemd 252 (PID 1 of nixj's systems).
#
# systemd.services, .targets, .sockets and .timers become systemd.units, and the units become
# /etc/systemd/system beside Debian's own units in /lib/systemd/system (../../../lib/systemd-lib.nix says how).
{ config, lib, pkgs, utils, ... }:
let
  inherit (lib) mkOption types;
  inherit (utils) systemdUtils;
  cfg = config.systemd;

  units = systemdUtils.unitFolder {
    name = "system-units";
    inherit (cfg) units defaultUnit;
    packageUnits = "${config.system.path}/lib/systemd/system";
    liveUnits = "/lib/systemd/system";
    masked = cfg.suppressedSystemUnits;
  };
in
{
  options.systemd = systemdUtils.managerOptions "system's" // {
    package = mkOption {
      type = types.package;
      default = pkgs.systemd;
      defaultText = lib.literalExpression "pkgs.systemd";
      description = "The systemd package (Debian's): PID 1, its units and tools.";
    };

    defaultUnit = mkOption {
      type = types.str;
      default = "multi-user.target";
      description = "The unit systemd starts at boot (default.target).";
    };

    suppressedSystemUnits = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "systemd-backlight@.service" ];
      description = "Units of the packages the system must not have; nixj masks them (Debian's stay in /lib).";
    };

    globalEnvironment = mkOption {
      type = types.attrsOf (types.nullOr (types.oneOf [ types.str types.path types.package ]));
      default = { };
      description = "Environment variables of every service (DefaultEnvironment= of system.conf).";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = "DefaultLimitCORE=infinity";
      description = "Lines of the [Manager] section of /etc/systemd/system.conf.";
    };

    tmpfiles.rules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "d /var/lib/rescue 0755 root root -" ];
      description = "Lines of tmpfiles.d (files and folders made at boot), in /etc/tmpfiles.d/00-nixos.conf.";
    };

    enableEmergencyMode = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a failed boot drops to emergency mode (nixj does not act on it yet: Debian's units decide).";
    };
  };

  config = {
    systemd.units = systemdUtils.unitsOf cfg;

    system.build.units = units;

    # The user's service manager (user@.service) opens a session: pam_systemd gives it XDG_RUNTIME_DIR.
    security.pam.services.systemd-user.startSession = true;

    environment.etc = {
      "systemd/system".source = units;
      # It fails on the live system's symlinked /usr ("Too many levels of symbolic links").
      "systemd/system-generators/systemd-gpt-auto-generator".source = "/dev/null";
      "systemd/system.conf".text = systemdUtils.section "Manager" { DefaultEnvironment = systemdUtils.environmentValues cfg.globalEnvironment; }
        + cfg.extraConfig;
      "tmpfiles.d/00-nixos.conf" = lib.mkIf (cfg.tmpfiles.rules != [ ]) {
        text = lib.concatMapStrings (rule: "${rule}\n") cfg.tmpfiles.rules;
      };
    };
  };
}
