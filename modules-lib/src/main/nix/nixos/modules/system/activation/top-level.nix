# system.build.toplevel, the built system, and the options around it. It is checked first against the
# assertions and warnings, as NixOS does, then made as a folder of links (pkgs.nixjTree): `etc`, `sw`, `init`
# (Debian's systemd, PID 1: nixj's systems boot into it directly, stage 1 having done what NixOS's activation
# script does), `kernel`, `initrd`, `kernel-params`, `nixos-version`, `system`.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
in
{
  imports = [ ../build.nix ];

  options.system = {
    boot.loader = {
      id = mkOption {
        internal = true;
        default = "";
        description = "The identifier of the boot loader in use.";
      };
      kernelFile = mkOption {
        internal = true;
        type = types.str;
        default = pkgs.stdenv.hostPlatform.linux-kernel.target;
        defaultText = lib.literalExpression "pkgs.stdenv.hostPlatform.linux-kernel.target";
        description = "The name of the kernel file the boot loader loads.";
      };
      initrdFile = mkOption {
        internal = true;
        type = types.str;
        default = "initrd";
        description = "The name of the initrd file the boot loader loads.";
      };
    };

    build.toplevel = mkOption {
      type = types.package;
      readOnly = true;
      description = "The built system: the store path a NixOS machine boots and switches to.";
    };

    name = mkOption {
      type = types.str;
      default = if config.networking.hostName == "" then "unnamed" else config.networking.hostName;
      defaultText = lib.literalExpression ''if config.networking.hostName == "" then "unnamed" else config.networking.hostName'';
      description = "The system's name in the name of system.build.toplevel.";
    };

    copySystemConfiguration = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to copy the configuration file into the built system (not with flakes).";
    };

    includeBuildDependencies = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the system's closure holds everything needed to build it again.";
    };

    extraDependencies = mkOption {
      type = types.listOf types.pathInStore;
      default = [ ];
      description = "Store paths the system's closure holds without using them.";
    };

    checks = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages that must build for the system to build (not part of its closure).";
    };

    systemBuilderCommands = mkOption {
      type = types.lines;
      internal = true;
      default = "";
      description = "Commands added to the builder of system.build.toplevel.";
    };

    forbiddenDependenciesRegexes = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "-dev$" ];
      description = "Regular expressions no store path of the system's closure may match.";
    };
  };

  config = {
    assertions = [{
      assertion = config.system.copySystemConfiguration -> !lib.inPureEvalMode;
      message = "system.copySystemConfiguration is not supported with flakes";
    }];

    system.build.toplevel = lib.asserts.checkAssertWarn config.assertions config.warnings (pkgs.nixjTree {
      name = "nixos-system-${config.system.name}-${config.system.nixos.label}";
      entries = [
        { path = "etc"; source = "${config.system.build.etc}/etc"; }
        { path = "sw"; source = "${config.system.path}"; }
        { path = "init"; source = "${config.systemd.package}/lib/systemd/systemd"; }
        { path = "systemd"; source = "${config.systemd.package}"; }
        { path = "kernel-params"; text = toString config.boot.kernelParams; }
        { path = "nixos-version"; text = config.system.nixos.version; }
        { path = "system"; text = pkgs.stdenv.hostPlatform.system; }
      ] ++ lib.optionals config.boot.kernel.enable [
        { path = "kernel"; source = "${config.boot.kernelPackages.kernel}/${config.system.boot.loader.kernelFile}"; }
        { path = "initrd"; source = "${config.system.build.initialRamdisk}/${config.system.boot.loader.initrdFile}"; }
      ] ++ lib.imap0 (i: path: { path = "extra-dependencies/${toString i}"; source = toString path; })
        config.system.extraDependencies
      ++ lib.mapAttrsToList (name: variant: { path = "specialisation/${name}"; source = "${variant.configuration.system.build.toplevel}"; })
        config.specialisation;
    });
  };
}
