# boot.plymouth: a graphical boot splash instead of the kernel's messages.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.boot.plymouth;
in
{
  options.boot.plymouth = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether Plymouth shows a splash screen while the system boots.";
    };
    theme = mkOption {
      type = types.str;
      default = "bgrt";
      example = "breeze";
      description = "The splash theme (`bgrt` shows the firmware's logo).";
    };
    themePackages = mkOption {
      type = types.listOf types.package;
      default = lib.optional (cfg.theme == "bgrt") pkgs.nixos-bgrt-plymouth;
      defaultText = lib.literalExpression ''[ pkgs.nixos-bgrt-plymouth ] when the theme is "bgrt"'';
      description = "Packages that provide splash themes.";
    };
    logo = mkOption {
      type = types.path;
      default = "${pkgs.nixos-icons}/share/icons/hicolor/48x48/apps/nix-snowflake-white.png";
      defaultText = lib.literalExpression ''"''${pkgs.nixos-icons}/share/icons/hicolor/48x48/apps/nix-snowflake-white.png"'';
      description = "The logo themes show.";
    };
    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added to the `[Daemon]` section of `plymouthd.conf`.";
    };
  };

  config = lib.mkIf cfg.enable {
    boot.kernelParams = [ "splash" ];
  };
}
