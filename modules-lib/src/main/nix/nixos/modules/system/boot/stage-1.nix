# The initial ramdisk (stage 1): whether there is one, what it supports, and which file systems it mounts.
# nixj builds it (system.build.initialRamdisk) with its own stage 1, ./stage-1-init.sh: busybox and the kernel
# modules named below, booting a live medium as NixOS's ISO boots (NixOS's generic stage 1, which mounts any
# fileSystems, is not there yet).
{ config, lib, pkgs, utils, ... }:
let
  inherit (lib) mkOption types;

  # The busybox applets stage-1-init.sh runs.
  applets = [
    "cat" "chmod" "cp" "cut" "dirname" "echo" "findfs" "insmod" "ln" "ls" "mkdir" "modprobe" "mount" "readlink"
    "setsid" "sh" "sleep" "switch_root" "umount"
  ];

  package = name: pkgs.${name} or (throw "nixj's bundled nixpkgs has no package '${name}' yet (the initrd needs it)");
in
{
  options = {
    boot.initrd.enable = mkOption {
      type = types.bool;
      default = !config.boot.isContainer;
      defaultText = lib.literalExpression "!config.boot.isContainer";
      description = "Whether the system boots through an initrd.";
    };

    boot.initrd.supportedFilesystems = mkOption {
      type = types.coercedTo (types.listOf types.str) (names: lib.genAttrs names (_: true)) (types.attrsOf types.bool);
      default = { };
      example = [ "btrfs" ];
      description = "File system types the initrd supports, as names or as a set of names and whether each is on.";
    };

    boot.initrd.checkJournalingFS = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the initrd checks journaling file systems (ext3, ext4, ...) before mounting them.";
    };

    boot.initrd.compressor = mkOption {
      type = types.str;
      default = if lib.versionAtLeast config.boot.kernelPackages.kernel.version "5.9" then "zstd" else "gzip";
      defaultText = lib.literalMD "`zstd` for kernels from 5.9, else `gzip`";
      example = "xz";
      description = ''
        How the initrd is compressed. NixOS takes any program; nixj writes "zstd", "xz", "gzip" or "cat" (not at
        all), the forms the kernel was seen to unpack.
      '';
    };

    boot.initrd.nixj.bootDeviceModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      internal = true;
      description = ''
        Kernel modules nixj's stage 1 loads before it looks for the boot device, with boot.initrd.kernelModules:
        it has no udev, so the drivers of the device holding the system (and its file systems) are loaded by
        name; other hardware gets its drivers from boot.initrd.availableKernelModules through their aliases.
      '';
    };

    boot.initrd.systemd.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the initrd runs systemd (instead of NixOS's scripted stage 1).";
    };

    boot.isContainer = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the system runs as a container (no kernel, no boot loader).";
    };

    fileSystems = mkOption {
      type = types.attrsOf (types.submodule {
        options.neededForBoot = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the initrd mounts this file system (as it does `/`, `/nix/store` and a few others).";
        };
      });
    };
  };

  config = {
    assertions = [{
      assertion = lib.any (fs: fs.mountPoint == "/") (lib.attrValues config.fileSystems);
      message = "The ‘fileSystems’ option does not specify your root file system.";
    }];

    boot.initrd.supportedFilesystems = map (fs: fs.fsType) (lib.filter utils.fsNeededForBoot (lib.attrValues config.fileSystems));

    system.build.initialRamdisk = pkgs.makeNixjInitrd {
      name = "initrd";
      kernel = config.system.build.kernel;
      busybox = package "busybox-static";
      init = builtins.readFile ./stage-1-init.sh;
      kernelModules = config.boot.initrd.kernelModules ++ config.boot.initrd.nixj.bootDeviceModules;
      inherit (config.boot.initrd) availableKernelModules compressor;
      inherit applets;
    };
  };
}
