# environment.systemPackages and environment.defaultPackages: the software on the system's PATH, and
# system.path, the system's `sw` folder made of them. nixj's packages are Debian's, whose programs find their
# files at Debian's absolute paths (/usr/lib/..., /lib/systemd/...), which the live system maps into `sw`:
# so `sw` links every file of every package (with its dependencies), `usr/X` merged into `X`, whatever
# pathsToLink says (it is kept for configurations that set it).
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

  options.system.path = mkOption {
    type = types.package;
    internal = true;
    readOnly = true;
    description = "The system's software: the links of `sw` in the built system.";
  };

  config = {
    environment.systemPackages = config.environment.defaultPackages;

    system.path = pkgs.buildEnv {
      name = "system-path";
      paths = config.environment.systemPackages;
      pathsToLink = [ "/" ];
      inherit (config.environment) extraOutputsToInstall;
      ignoreCollisions = true;
      mergeUsr = true;
    };
  };
}
