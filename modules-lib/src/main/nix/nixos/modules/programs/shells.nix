# programs.fish, programs.zsh: shells users may choose (bash, the default, is ./bash.nix).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  initOption = what: mkOption { type = types.lines; default = ""; description = "Commands run by ${what}."; };
in
{
  options.programs = {
    fish = {
      enable = lib.mkEnableOption "fish, the friendly interactive shell, with NixOS's paths set up";
      generateCompletions = lib.mkEnableOption "completions generated from the man pages of installed packages" // { default = true; };
      shellAliases = mkOption { type = types.attrsOf (types.nullOr types.str); default = { }; description = "Aliases of fish."; };
      shellInit = initOption "every fish shell";
      interactiveShellInit = initOption "every interactive fish shell";
    };
    zsh = {
      enable = lib.mkEnableOption "zsh, with NixOS's paths set up";
      enableCompletion = mkOption { type = types.bool; default = true; description = "Whether zsh's completion is on."; };
      shellAliases = mkOption { type = types.attrsOf (types.nullOr types.str); default = { }; description = "Aliases of zsh."; };
      shellInit = initOption "every zsh shell";
      interactiveShellInit = initOption "every interactive zsh shell";
    };
  };

  config = lib.mkMerge [
    (lib.mkIf config.programs.fish.enable {
      environment.shells = [ "/run/current-system/sw/bin/fish" pkgs.fish ];
      environment.systemPackages = [ pkgs.fish ];
    })
    (lib.mkIf config.programs.zsh.enable {
      environment.shells = [ "/run/current-system/sw/bin/zsh" pkgs.zsh ];
      environment.systemPackages = [ pkgs.zsh ];
    })
  ];
}
