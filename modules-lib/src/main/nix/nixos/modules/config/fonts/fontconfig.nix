# fonts.fontconfig: fontconfig's configuration.
{ lib, ... }:
{
  options.fonts = {
    fontconfig.enable = lib.mkOption {
      type = lib.types.bool;
      default = true;
      description = "Whether fontconfig is set up (programs that draw text need it).";
    };
    packages = lib.mkOption {
      type = lib.types.listOf lib.types.path;
      default = [ ];
      description = "Packages of fonts installed on the system.";
    };
    enableDefaultPackages = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether a basic set of fonts is installed.";
    };
  };
}
