# The initial ramdisk (stage 1): whether there is one, what it supports, and which file systems it mounts.
{ config, lib, utils, ... }:
let
  inherit (lib) mkOption types;
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
  };
}
