# fileSystems: what is mounted where; boot.supportedFilesystems.
{ config, lib, utils, ... }:
let
  inherit (lib) mkOption types mkIf mkDefault mkMerge;

  # fstab's escapes for blanks.
  escape = builtins.replaceStrings [ " " "\t" ] [ "\\040" "\\011" ];

  withCheck = description: type: check:
    types.addCheck type check // { description = "${type.description} (with check: ${description})"; };
  isNonEmpty = s: builtins.match "[ \t\n]*" s == null;
  nonEmptyStr = withCheck "non-empty" types.str isNonEmpty;
  mountPointType = withCheck "non-empty without trailing slash" types.str
    (s: isNonEmpty s && builtins.match ".+/" s == null);

  # These types need no device: it defaults to the type's name.
  specialFSTypes = [ "proc" "sysfs" "tmpfs" "ramfs" "devtmpfs" "devpts" ];

  coreOptions = { name, config, ... }: {
    options = {
      enable = lib.mkEnableOption "the filesystem mount" // { default = true; };

      mountPoint = mkOption {
        type = mountPointType;
        default = name;
        example = "/mnt/usb";
        description = "Where the file system is mounted (by default the attribute's name).";
      };

      device = mkOption {
        type = types.nullOr nonEmptyStr;
        default = null;
        example = "/dev/sda";
        description = "What `mount` mounts: a block device, `UUID=...`, a bind mount's source, ...";
      };

      fsType = mkOption {
        type = nonEmptyStr;
        default = "auto";
        example = "ext3";
        description = "The type of the file system (`mount -t`).";
      };

      options = mkOption {
        type = types.nonEmptyListOf nonEmptyStr;
        default = [ "defaults" ];
        example = [ "data=journal" ];
        description = "Mount options (`mount -o`).";
      };

      depends = mkOption {
        type = types.listOf mountPointType;
        default = [ ];
        example = [ "/persist" ];
        description = "Paths that must be mounted before this file system.";
      };
    };

    config.device = mkIf (lib.elem config.fsType specialFSTypes) (mkDefault config.fsType);
  };

  fileSystemOptions = { config, ... }: {
    options = {
      label = mkOption {
        type = types.nullOr nonEmptyStr;
        default = null;
        example = "root-partition";
        description = "The label of the file system; sets `device` to /dev/disk/by-label/LABEL.";
      };

      autoFormat = mkOption {
        type = types.bool;
        default = false;
        description = "Whether a device without a file system is formatted with `fsType` at boot.";
      };

      autoResize = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the file system is grown to fill its partition before it is mounted.";
      };

      noCheck = mkOption {
        type = types.bool;
        default = false;
        description = "Whether fsck is skipped for this file system.";
      };

      overlay = {
        lowerdir = mkOption {
          type = types.nullOr (types.nonEmptyListOf (types.either types.str types.pathInStore));
          default = null;
          description = "The lower layers of an overlay file system; setting it makes this one.";
        };
        upperdir = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The writable layer of an overlay file system.";
        };
        workdir = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The work directory of an overlay file system (next to upperdir).";
        };
      };
    };

    config = mkMerge [
      { device = mkIf (config.label != null) (mkDefault "/dev/disk/by-label/${escape config.label}"); }
      {
        options = mkMerge [
          (mkIf config.autoResize [ "x-systemd.growfs" ])
          (mkIf config.autoFormat [ "x-systemd.makefs" ])
          (mkIf (utils.fsNeededForBoot config) [ "x-initrd.mount" ])
        ];
      }
      (mkIf (config.overlay.lowerdir != null) {
        fsType = "overlay";
        device = mkDefault "overlay";
        depends = config.overlay.lowerdir
          ++ lib.optionals (config.overlay.upperdir != null) [ config.overlay.upperdir config.overlay.workdir ];
        options = [ "lowerdir=${lib.concatStringsSep ":" config.overlay.lowerdir}" ]
          ++ lib.optionals (config.overlay.upperdir != null) [
            "upperdir=${config.overlay.upperdir}"
            "workdir=${config.overlay.workdir}"
          ];
      })
    ];
  };

  fileSystems = lib.attrValues config.fileSystems;
in
{
  options = {
    fileSystems = mkOption {
      type = types.attrsOf (types.submodule [ coreOptions fileSystemOptions ]);
      default = { };
      example = { "/".device = "/dev/hda1"; "/data" = { device = "/dev/hda2"; fsType = "ext3"; }; };
      apply = lib.filterAttrs (_: fs: fs.enable);
      description = "The file systems to mount, by mount point; one must be `/`.";
    };

    boot.supportedFilesystems = mkOption {
      type = types.coercedTo (types.listOf types.str) (names: lib.genAttrs names (_: true)) (types.attrsOf types.bool);
      default = { };
      example = { btrfs = true; zfs = lib.mkForce false; };
      description = "File system types the system supports, as names or as a set of names and whether each is on.";
    };

    system.fsPackages = mkOption {
      internal = true;
      default = [ ];
      description = "Packages with the mount and check programs of the supported file systems.";
    };
  };

  config = {
    assertions = map
      (fs: {
        assertion = fs.label != null -> fs.device == "/dev/disk/by-label/${escape fs.label}";
        message = ''
          The filesystem with mount point ${fs.mountPoint} has its label and device set to inconsistent values:
            label: ${toString fs.label}
            device: ${toString fs.device}
          'filesystems.<name>.label' and 'filesystems.<name>.device' are mutually exclusive. Please set only one.
        '';
      })
      fileSystems;

    system.build.fileSystems = fileSystems;

    boot.supportedFilesystems = map (fs: fs.fsType) fileSystems;
  };
}
