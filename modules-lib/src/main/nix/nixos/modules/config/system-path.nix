# environment.systemPackages and environment.defaultPackages: the software on the system's PATH.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.environment = {
    systemPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.firefox pkgs.thunderbird ]";
      description = "The packages installed for every user.";
    };

    defaultPackages = mkOption {
      type = types.listOf types.package;
      default = with pkgs; [ perl rsync strace ];
      defaultText = lib.literalExpression "[ pkgs.perl pkgs.rsync pkgs.strace ]";
      description = "Packages NixOS installs unless told otherwise (set it to [ ] for none).";
    };

    pathsToLink = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "/" ];
      description = "Directories of the packages linked into the system's profile.";
    };

    extraOutputsToInstall = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "dev" "info" ];
      description = "Package outputs installed besides the default ones.";
    };
  };

  config.environment.systemPackages = config.environment.defaultPackages;
}
