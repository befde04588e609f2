# programs.git: Git, with a system-wide configuration.
{ config, lib, pkgs, ... }:
let
  cfg = config.programs.git;
in
{
  options.programs.git = {
    enable = lib.mkEnableOption "git, a distributed version control system";
    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.git;
      defaultText = lib.literalExpression "pkgs.git";
      description = "The Git package.";
    };
    config = lib.mkOption {
      type = lib.types.attrsOf lib.types.anything;
      default = { };
      example = { init.defaultBranch = "main"; };
      description = "Settings of /etc/gitconfig, by section.";
    };
    lfs.enable = lib.mkEnableOption "git-lfs";
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package ];
  };
}
