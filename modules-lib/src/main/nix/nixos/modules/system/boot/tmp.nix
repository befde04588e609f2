# boot.tmp: /tmp emptied at every boot, or a tmpfs of its own (a tmp.mount unit, as systemd ships it, with the
# size asked for).
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.boot.tmp;
in
{
  options.boot.tmp = {
    cleanOnBoot = mkOption { type = types.bool; default = false; description = "Whether /tmp is emptied at boot."; };
    useTmpfs = mkOption { type = types.bool; default = false; description = "Whether /tmp is a tmpfs (in memory and swap), gone at every boot."; };
    tmpfsSize = mkOption {
      type = types.oneOf [ types.str types.ints.positive ];
      default = "50%";
      example = "4G";
      description = "The largest size of the /tmp tmpfs: bytes with a k, m or g suffix, or a percentage of the memory.";
    };
  };

  config = lib.mkMerge [
    (lib.mkIf cfg.useTmpfs {
      systemd.units."tmp.mount" = {
        wantedBy = [ "local-fs.target" ];
        text = ''
          [Unit]
          Description=Temporary Directory /tmp
          ConditionPathIsSymbolicLink=!/tmp
          DefaultDependencies=no
          Conflicts=umount.target
          Before=local-fs.target umount.target
          After=swap.target

          [Mount]
          What=tmpfs
          Where=/tmp
          Type=tmpfs
          Options=mode=1777,strictatime,rw,nosuid,nodev,size=${toString cfg.tmpfsSize}
        '';
      };
    })
    (lib.mkIf cfg.cleanOnBoot {
      systemd.tmpfiles.rules = [ "D! /tmp 1777 root root" ];
    })
  ];
}
