# programs.vim: vim in the system (pkgs.vim, Debian's vim-tiny), and, as the default editor, EDITOR=vim at the
# priority NixOS gives its editors' defaults (so an editor set plainly wins).
{ config, lib, pkgs, ... }:
let
  cfg = config.programs.vim;
in
{
  options.programs.vim = {
    enable = lib.mkEnableOption "vim";
    defaultEditor = lib.mkEnableOption "vim as the default editor (EDITOR)";
    package = lib.mkPackageOption pkgs "vim" { example = "vim-full"; };
  };

  config = lib.mkIf (cfg.enable || cfg.defaultEditor) {
    environment.systemPackages = [ cfg.package ];
    environment.variables.EDITOR = lib.mkIf cfg.defaultEditor (lib.mkOverride 900 "vim");
  };
}
