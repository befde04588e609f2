# boot.swraid: Linux software RAID (mdadm).
{ config, lib, ... }:
{
  options.boot.swraid = {
    enable = lib.mkEnableOption "support for Linux MD RAID arrays" // {
      default = lib.versionOlder config.system.stateVersion "23.11";
      defaultText = lib.literalExpression ''lib.versionOlder config.system.stateVersion "23.11"'';
    };
    mdadmConf = lib.mkOption {
      type = lib.types.lines;
      default = "";
      description = "The contents of /etc/mdadm.conf.";
    };
  };
}
