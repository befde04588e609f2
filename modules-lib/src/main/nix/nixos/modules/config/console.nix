# console.*: the virtual consoles' keyboard layout and font.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.console = {
    enable = mkOption { type = types.bool; default = true; description = "Whether the virtual consoles are set up."; };
    keyMap = mkOption {
      type = types.either types.str types.path;
      default = "us";
      example = "fr";
      description = "The keyboard layout of the consoles.";
    };
    font = mkOption {
      type = types.nullOr (types.either types.str types.path);
      default = null;
      example = "LatArCyrHeb-16";
      description = "The font of the consoles; null keeps the kernel's.";
    };
    colors = mkOption {
      type = types.listOf (types.strMatching "[[:xdigit:]]{6}");
      default = [ ];
      description = "The 16 colours of the consoles, as hexadecimal RGB.";
    };
    packages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages with console fonts and key maps.";
    };
    useXkbConfig = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the consoles take their layout from the X keyboard settings.";
    };
    earlySetup = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the font and key map are set up in the initrd already.";
    };
  };
}
