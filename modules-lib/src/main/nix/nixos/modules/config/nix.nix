# nix.*: the configuration of Nix (nix.conf) on the system.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.nix;
  atom = types.nullOr (types.oneOf [ types.bool types.int types.float types.str types.path types.package ]);

  # nix.conf's form: `name = value`, lists as words, null as nothing. Nix reads settings in order and an
  # `extra-x` adds to `x`, so the extra- settings come after all others.
  confValue = value:
    if value == null then ""
    else if lib.isBool value then lib.boolToString value
    else if lib.isFloat value then lib.strings.floatToString value
    else if lib.isList value then lib.concatMapStringsSep " " confValue value
    else toString value;
  confLines = settings: lib.concatStrings
    (lib.mapAttrsToList (name: value: "${lib.escape [ "=" ] name} = ${confValue value}\n") settings);
  isExtra = name: lib.hasPrefix "extra-" name;
  nixConf = pkgs.writeText "nix.conf" (''
    # Written by NixOS from the nix.* options of this system's configuration. Do not edit it here:
    # change the configuration.
  '' + confLines (lib.filterAttrs (name: _: !isExtra name) cfg.settings)
    + confLines (lib.filterAttrs (name: _: isExtra name) cfg.settings)
    + cfg.extraOptions);
in
{
  options.nix = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether Nix is installed and its daemon runs.";
    };

    package = mkOption {
      type = types.package;
      default = pkgs.nix;
      defaultText = lib.literalExpression "pkgs.nix";
      description = "The Nix package.";
    };

    settings = mkOption {
      default = { };
      example = { use-sandbox = true; show-trace = true; system-features = [ "big-parallel" "kvm" ]; };
      description = "Settings of nix.conf, by name (see nix.conf(5)).";
      type = types.submodule {
        freeformType = types.attrsOf (types.either atom (types.listOf atom));
        options = {
          max-jobs = mkOption {
            type = types.either types.int (types.enum [ "auto" ]);
            default = "auto";
            description = "How many builds run at once.";
          };
          cores = mkOption {
            type = types.int;
            default = 0;
            description = "How many cores a build may use (0 for all).";
          };
          sandbox = mkOption {
            type = types.either types.bool (types.enum [ "relaxed" ]);
            default = true;
            description = "Whether builds run in a sandbox.";
          };
          substituters = mkOption {
            type = types.listOf types.str;
            description = "Binary caches Nix downloads from.";
          };
          trusted-public-keys = mkOption {
            type = types.listOf types.str;
            description = "Keys whose signatures Nix accepts on downloaded paths.";
          };
          trusted-users = mkOption {
            type = types.listOf types.str;
            example = [ "root" "alice" "@wheel" ];
            description = "Users (and @groups) Nix trusts with everything, including the choice of caches.";
          };
          allowed-users = mkOption {
            type = types.listOf types.str;
            default = [ "*" ];
            description = "Users (and @groups) who may use the Nix daemon.";
          };
          auto-optimise-store = mkOption {
            type = types.bool;
            default = false;
            description = "Whether identical files in the store are hard-linked together.";
          };
          experimental-features = mkOption {
            type = types.listOf types.str;
            default = [ ];
            example = [ "nix-command" "flakes" ];
            description = "Experimental features of Nix that are on.";
          };
          system-features = mkOption {
            type = types.listOf types.str;
            description = "The features this machine offers to builds.";
          };
        };
      };
    };

    extraOptions = mkOption {
      type = types.lines;
      default = "";
      example = "keep-outputs = true";
      description = "Lines added to nix.conf as they are.";
    };

    nixPath = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "The entries of NIX_PATH.";
    };
  };

  config = lib.mkIf cfg.enable {
    # Definitions, not defaults: a configuration's keys and users are added to these.
    nix.settings = {
      substituters = lib.mkAfter [ "https://cache.nixos.org/" ];
      trusted-public-keys = [ "cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=" ];
      trusted-users = [ "root" ];
      system-features = lib.mkDefault [ "nixos-test" "benchmark" "big-parallel" "kvm" ];
      # Nix since 2.3 falls back to builds without a sandbox when it cannot make one; NixOS wants it to fail.
      # (NixOS asks nix.package's version first; no older Nix is offered here, and asking would evaluate the
      # package, which a platform without nixj's pins does not have, whenever any setting is read.)
      sandbox-fallback = false;
    };
    environment.etc."nix/nix.conf".source = nixConf;
  };
}
