# image.*: the name and place of an image file in its build's output.
{ config, lib, pkgs, ... }:
{
  options.image = {
    baseName = lib.mkOption {
      type = lib.types.str;
      default = "nixos-image-${config.system.nixos.label}-${pkgs.stdenv.hostPlatform.system}";
      defaultText = lib.literalExpression ''"nixos-image-''${config.system.nixos.label}-''${pkgs.stdenv.hostPlatform.system}"'';
      description = "The image's file name without its extension.";
    };
    extension = lib.mkOption {
      type = lib.types.str;
      description = "The image file's extension (`iso`, `raw`, ...).";
    };
    fileName = lib.mkOption {
      type = lib.types.str;
      default = "${config.image.baseName}.${config.image.extension}";
      defaultText = lib.literalExpression ''"''${config.image.baseName}.''${config.image.extension}"'';
      description = "The image's file name with its extensions.";
    };
    filePath = lib.mkOption {
      type = lib.types.str;
      default = config.image.fileName;
      defaultText = lib.literalExpression "config.image.fileName";
      description = "Where the image is in the output of system.build.image (some builders use a subdirectory).";
    };
  };
}
