# Evaluates a NixOS configuration: NixOS's own modules (modules/module-list.nix) followed by the caller's.
# The result is lib.evalModules' (config, options, type, extendModules, _module, ...) plus `pkgs`, `lib`
# and `extraArgs`.
evalConfigArgs@{
  # The platform, as nixpkgs.system's default; null leaves it to the modules (lib.nixosSystem does that).
  system ? builtins.currentSystem,
  # A package set to use instead of the one NixOS makes from nixpkgs.*.
  pkgs ? null,
  baseModules ?
    let
      platformModule = {
        _file = ./eval-config.nix;
        key = ./eval-config.nix;
        config = lib.mkMerge (
          lib.optional (system != null) { nixpkgs.system = lib.mkDefault system; }
          ++ lib.optional (pkgs != null) { nixpkgs.pkgs = pkgs; }
        );
      };
    in
    import ../modules/module-list.nix ++ [ platformModule ],
  extraArgs ? { },
  specialArgs ? { },
  modules,
  # Where inline modules (attribute sets and functions in `modules`) are said to come from.
  modulesLocation ? (builtins.unsafeGetAttrPos "modules" evalConfigArgs).file or null,
  check ? true,
  prefix ? [ ],
  lib ? import ../../lib,
  extraModules ?
    let
      # Pure evaluation gives "" (nixj hides getEnv there, hence the `or`).
      fromEnvironment = (builtins.getEnv or (_: "")) "NIXOS_EXTRA_MODULE_PATH";
    in
    lib.optional (fromEnvironment != "")
      (lib.warn "The NIXOS_EXTRA_MODULE_PATH environment variable is deprecated; import the module from your configuration instead."
        (import fromEnvironment)),
}:
let
  nixosLib = import ./default.nix { inherit lib; };

  deprecations = result:
    lib.warnIf (evalConfigArgs ? extraArgs)
      "The extraArgs argument to eval-config.nix is deprecated. Please set config._module.args instead."
      (lib.warnIf (evalConfigArgs ? check)
        "The check argument to eval-config.nix is deprecated. Please set config._module.check instead."
        (lib.warnIf (specialArgs ? pkgs)
          "You have set specialArgs.pkgs, which means that options like nixpkgs.config and nixpkgs.overlays will be ignored."
          result));

  # The old arguments, as the module settings that replace them.
  legacyModules =
    lib.optional (evalConfigArgs ? extraArgs) { config._module.args = extraArgs; }
    ++ lib.optional (evalConfigArgs ? check) { config._module.check = lib.mkDefault check; };

  userModules =
    (if modulesLocation == null then modules else map (lib.setDefaultModuleLocation modulesLocation) modules)
    ++ legacyModules;

  # What a module needs to evaluate a configuration like this one.
  argumentsModule = {
    config._module.args = { inherit noUserModules baseModules extraModules modules; };
  };

  noUserModules = nixosLib.evalModules {
    inherit prefix specialArgs;
    modules = baseModules ++ extraModules ++ [ argumentsModule ];
  };

  withExtras = evaluation: evaluation // {
    inherit extraArgs lib;
    inherit (evaluation._module.args) pkgs;
    extendModules = args: withExtras (evaluation.extendModules args);
  };
in
deprecations (withExtras (noUserModules.extendModules { modules = userModules; }))
