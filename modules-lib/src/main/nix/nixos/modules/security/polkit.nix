# security.polkit: polkit.
{ lib, ... }:
{
  options.security.polkit = {
    enable = lib.mkEnableOption "polkit";
    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      description = "Rules added to polkit's configuration (JavaScript).";
    };
  };
}
