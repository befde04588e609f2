# hardware.graphics: the Mesa drivers for OpenGL and Vulkan (NixOS's hardware.opengl until 24.11, kept as
# renames).
{ lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  moved = old: new: lib.mkRenamedOptionModule [ "hardware" "opengl" old ] [ "hardware" "graphics" new ];
in
{
  imports = [
    (moved "enable" "enable")
    (moved "driSupport32Bit" "enable32Bit")
    (moved "extraPackages" "extraPackages")
    (moved "extraPackages32" "extraPackages32")
    (lib.mkRemovedOptionModule [ "hardware" "opengl" "driSupport" ] "The setting can be removed.")
  ];

  options.hardware.graphics = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether graphics drivers (OpenGL, Vulkan) are installed for applications.";
    };
    enable32Bit = mkOption {
      type = types.bool;
      default = false;
      description = "Whether 32-bit applications get graphics drivers too.";
    };
    package = mkOption {
      type = types.package;
      default = pkgs.mesa;
      defaultText = lib.literalExpression "pkgs.mesa";
      description = "The graphics drivers.";
    };
    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "with pkgs; [ intel-media-driver ]";
      description = "Further drivers (video acceleration, OpenCL).";
    };
    extraPackages32 = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Further drivers for 32-bit applications.";
    };
  };
}
