# programs.fish: a shell users may choose (bash, the default, is ./bash.nix; zsh is ./zsh.nix). fish does not
# read the system's start-up files yet.
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
  };

  config = lib.mkIf config.programs.fish.enable {
    environment.shells = [ "/run/current-system/sw/bin/fish" pkgs.fish ];
    environment.systemPackages = [ pkgs.fish ];
  };
}
