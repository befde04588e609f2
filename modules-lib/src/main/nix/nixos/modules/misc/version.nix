# The release this NixOS is (system.nixos.*) and the one the machine's state was made with
# (system.stateVersion).
{ config, options, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.system.nixos;
in
{
  options.system = {
    nixos = {
      version = mkOption {
        internal = true;
        type = types.str;
        description = "The full NixOS version (release and suffix).";
      };

      release = mkOption {
        readOnly = true;
        type = types.str;
        default = lib.trivial.release;
        description = "The NixOS release (e.g. `26.11`).";
      };

      versionSuffix = mkOption {
        internal = true;
        type = types.str;
        default = lib.trivial.versionSuffix;
        description = "The NixOS version suffix (e.g. `pre-git`).";
      };

      revision = mkOption {
        internal = true;
        type = types.nullOr types.str;
        default = lib.trivial.revisionWithDefault null;
        description = "The Git revision NixOS was taken from, when it is known.";
      };

      codeName = mkOption {
        readOnly = true;
        type = types.str;
        default = lib.trivial.codeName;
        description = "The NixOS release code name.";
      };

      distroId = mkOption {
        internal = true;
        type = types.str;
        default = "nixos";
        description = "The distribution's identifier (`ID` in os-release).";
      };

      distroName = mkOption {
        internal = true;
        type = types.str;
        default = "NixOS";
        description = "The distribution's name (`NAME` in os-release).";
      };

      variant_id = mkOption {
        type = types.nullOr (types.strMatching "^[a-z0-9._-]+$");
        default = null;
        example = "installer";
        description = "An identifier of the variant of the system (`VARIANT_ID` in os-release).";
      };

      variant_name = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "NixOS Installer";
        description = "A name of the variant of the system (`VARIANT` in os-release).";
      };
    };

    stateVersion = mkOption {
      type = types.str;
      default = cfg.release;
      # Leaving it unset works, but the configuration then follows every release's defaults for state.
      apply = v:
        lib.warnIf (options.system.stateVersion.highestPrio == (lib.mkOptionDefault { }).priority)
          "system.stateVersion is not set, defaulting to ${v}. Read why this matters on https://nixos.org/manual/nixos/stable/options.html#opt-system.stateVersion."
          v;
      description = ''
        The NixOS release whose defaults for stateful data (file locations, database versions) the system
        keeps. Set it once, when the system is installed, and leave it.
      '';
    };

    configurationRevision = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The Git revision of the configuration.";
    };
  };

  config.system.nixos.version = lib.mkDefault (cfg.release + cfg.versionSuffix);
}
