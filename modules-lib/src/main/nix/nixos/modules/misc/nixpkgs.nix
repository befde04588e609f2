# nixpkgs.*: which package set the modules' `pkgs` argument is: nixj's bundled one,
# ../../../pkgs/top-level/default.nix, with real platforms; the packages it does not have yet throw when
# used.
{ config, options, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.nixpkgs;
  opt = options.nixpkgs;

  callIfFunction = f: x: if lib.isFunction f then f x else f;

  # Two nixpkgs configurations together: lists concatenate, other settings come from the first
  # (the definition of higher precedence); packageOverrides compose.
  mergeConfig = left: right:
    let
      l = callIfFunction left { inherit lib; };
      r = callIfFunction right { inherit lib; };
    in
    lib.zipAttrsWith (_: values: if builtins.isList (lib.head values) then lib.concatLists values else lib.head values) [ l r ]
    // lib.optionalAttrs (l ? packageOverrides) {
      packageOverrides = pkgs: callIfFunction l.packageOverrides pkgs // callIfFunction (r.packageOverrides or { }) pkgs;
    };

  configType = lib.mkOptionType {
    name = "nixpkgs-config";
    description = "nixpkgs config";
    check = x: builtins.isAttrs x || lib.isFunction x;
    merge = _: lib.foldr (def: acc: mergeConfig def.value acc) { };
  };

  overlayType = lib.mkOptionType {
    name = "nixpkgs-overlay";
    description = "nixpkgs overlay";
    check = lib.isFunction;
    merge = lib.mergeOneOption;
  };

  pkgsType = lib.mkOptionType {
    name = "pkgs";
    description = "An evaluation of Nixpkgs; the top level attribute set of packages";
    check = builtins.isAttrs;
    merge = lib.mergeOneOption;
  };

  hasBuildPlatform = opt.buildPlatform.highestPrio < (lib.mkOptionDefault { }).priority;
  hasHostPlatform = opt.hostPlatform.isDefined;

  legacyOptionsDefined =
    lib.optional (opt.localSystem.highestPrio < (lib.mkDefault { }).priority) opt.system
    ++ lib.optional (opt.localSystem.highestPrio < (lib.mkOptionDefault { }).priority) opt.localSystem
    ++ lib.optional (opt.crossSystem.highestPrio < (lib.mkOptionDefault { }).priority) opt.crossSystem;

  packageSet = args: import ../../../pkgs/top-level/default.nix ({ inherit lib; inherit (cfg) config overlays; } // args);

  defaultPkgs =
    if hasHostPlatform then
      if lib.systems.equals cfg.buildPlatform cfg.hostPlatform
      then packageSet { localSystem = cfg.hostPlatform; }
      else packageSet { localSystem = cfg.buildPlatform; crossSystem = cfg.hostPlatform; }
    else packageSet { inherit (cfg) localSystem crossSystem; };

  finalPkgs = if opt.pkgs.isDefined then cfg.pkgs.appendOverlays cfg.overlays else defaultPkgs;
in
{
  options.nixpkgs = {
    pkgs = mkOption {
      type = pkgsType;
      example = lib.literalExpression "import <nixpkgs> { }";
      description = ''
        The package set the modules get as `pkgs` (with nixpkgs.overlays applied). When it is set, the
        other nixpkgs.* options except overlays are ignored.
      '';
    };

    config = mkOption {
      type = configType;
      default = { };
      example = { allowUnfree = true; };
      description = "The nixpkgs configuration (allowUnfree, packageOverrides, ...).";
    };

    overlays = mkOption {
      type = types.listOf overlayType;
      default = [ ];
      description = "Overlays applied to the package set `pkgs`.";
    };

    hostPlatform = mkOption {
      type = types.either types.str types.attrs;
      example = { system = "aarch64-linux"; };
      apply = lib.systems.elaborate;
      description = "The platform the system runs on; `nixpkgs.buildPlatform` too unless that is set.";
    };

    buildPlatform = mkOption {
      type = types.either types.str types.attrs;
      default = cfg.hostPlatform;
      defaultText = lib.literalExpression "config.nixpkgs.hostPlatform";
      example = { system = "x86_64-linux"; };
      # The same value as hostPlatform when it describes the same platform, so that `==` holds.
      apply = platform:
        let elaborated = lib.systems.elaborate platform; in
        if lib.systems.equals elaborated cfg.hostPlatform then cfg.hostPlatform else elaborated;
      description = "The platform the system is built on; setting it differently cross-compiles.";
    };

    localSystem = mkOption {
      type = types.attrs;
      default = { inherit (cfg) system; };
      defaultText = lib.literalExpression "config.nixpkgs.system";
      apply = lib.systems.elaborate;
      description = "The platform the system is built on (the older way; prefer nixpkgs.hostPlatform).";
    };

    crossSystem = mkOption {
      type = types.nullOr types.attrs;
      default = null;
      description = "The platform the system is built for when it differs from nixpkgs.localSystem (the older way).";
    };

    system = mkOption {
      type = types.str;
      example = "i686-linux";
      defaultText = lib.literalMD ''
        `builtins.currentSystem` by tradition; unset when the configuration is evaluated through `lib.nixosSystem`.
      '';
      default =
        if opt.hostPlatform.isDefined then
          throw ''
            The option nixpkgs.system is not meant to be read: nixpkgs.hostPlatform is set.
            Read pkgs.stdenv.hostPlatform.system instead.
          ''
        else
          throw ''
            Neither nixpkgs.hostPlatform nor the older option nixpkgs.system is set.
            Set nixpkgs.hostPlatform (for example to "x86_64-linux"), or pass `system` to lib.nixosSystem.
          '';
      description = "The platform's system string (the older way; prefer nixpkgs.hostPlatform).";
    };

    flake = {
      source = mkOption {
        type = types.nullOr (types.either types.str types.path);
        default = null;
        description = "The nixpkgs source tree the configuration came from (set by lib.nixosSystem).";
      };
      setNixPath = mkOption {
        type = types.bool;
        default = cfg.flake.source != null;
        description = "Whether to put nixpkgs.flake.source in NIX_PATH.";
      };
      setFlakeRegistry = mkOption {
        type = types.bool;
        default = cfg.flake.source != null;
        description = "Whether to pin `nixpkgs` in the flake registry to nixpkgs.flake.source.";
      };
    };
  };

  config = {
    # At the ordinary priority, set explicitly so that the package set is not evaluated to find it.
    _module.args.pkgs = lib.mkOverride lib.modules.defaultOverridePriority finalPkgs;

    assertions = [
      {
        assertion = !opt.pkgs.isDefined -> (hasHostPlatform || hasBuildPlatform) -> legacyOptionsDefined == [ ];
        message = ''
          The configuration sets nixpkgs.hostPlatform${lib.optionalString hasBuildPlatform " and nixpkgs.buildPlatform"}, and also the older options:
          ${lib.concatMapStringsSep "\n" (o: lib.showOption o.loc) legacyOptionsDefined}
          Remove the older ones.
        '';
      }
      {
        assertion = opt.pkgs.isDefined -> cfg.config == { };
        message = "nixpkgs.pkgs is set, so nixpkgs.config is ignored: set the configuration where that package set is made.";
      }
    ];
  };
}
