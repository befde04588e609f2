# programs.zsh: zsh (Debian's, which reads its system-wide files in /etc/zsh) with the system's environment, as
# NixOS sets it up:
#   - /etc/zsh/zshenv, read by every zsh: Debian's PATH, /etc/set-environment once per session, shellInit;
#   - /etc/zsh/zprofile, read by login shells: loginShellInit;
#   - /etc/zsh/zshrc, read by interactive shells: history, options, completion, interactiveShellInit, the
#     aliases (by default environment.shellAliases) and the prompt.
{ config, lib, pkgs, utils, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.zsh;
  initOption = what: mkOption { type = types.lines; default = ""; description = "Commands run by ${what}."; };
  # Each file once per shell, however it is reached.
  once = name: ''
    if [ -n "''${__ETC_${name}_SOURCED-}" ] || [ -n "''${NOSYSZSHRC-}" ]; then return; fi
    __ETC_${name}_SOURCED=1
  '';
in
{
  options.programs.zsh = {
    enable = lib.mkEnableOption "zsh, with the system's environment set up in its start-up files";
    enableCompletion = mkOption { type = types.bool; default = true; description = "Whether zsh's completion is on (compinit)."; };
    shellAliases = mkOption {
      type = types.attrsOf (types.nullOr types.str);
      default = { };
      description = "Aliases of interactive zsh shells; by default environment.shellAliases. null removes one.";
    };
    shellInit = initOption "every zsh shell";
    loginShellInit = initOption "every zsh login shell";
    interactiveShellInit = initOption "every interactive zsh shell";
    promptInit = mkOption {
      type = types.lines;
      default = ''
        # The prompt of zsh's own theme system, if nothing else set one.
        if [ "$TERM" != dumb ]; then
          autoload -U promptinit && promptinit && prompt suse && setopt prompt_sp
        fi
      '';
      description = "Commands that set the prompt of interactive zsh shells.";
    };
    histSize = mkOption { type = types.int; default = 2000; description = "How many lines of history zsh keeps."; };
    histFile = mkOption { type = types.str; default = "$HOME/.zsh_history"; description = "Where zsh keeps the history."; };
    setOptions = mkOption {
      type = types.listOf types.str;
      default = [ "HIST_IGNORE_DUPS" "SHARE_HISTORY" "HIST_FCNTL_LOCK" ];
      example = [ "EXTENDED_HISTORY" "RM_STAR_WAIT" ];
      description = "zsh options set in interactive shells (zshoptions(1)).";
    };
  };

  config = lib.mkIf cfg.enable {
    programs.zsh.shellAliases = lib.mapAttrs (_: lib.mkDefault) config.environment.shellAliases;
    programs.zsh.shellInit = config.environment.shellInit;
    programs.zsh.loginShellInit = config.environment.loginShellInit;
    programs.zsh.interactiveShellInit = config.environment.interactiveShellInit;

    environment.shells = [ "/run/current-system/sw/bin/zsh" pkgs.zsh ];
    environment.systemPackages = [ pkgs.zsh ];

    environment.etc."zsh/zshenv".text = ''
      # Written from environment.* and programs.zsh.*: change those, not this file. Every zsh reads it.
      ${once "ZSHENV"}
      if [ -z "''${__NIXOS_SET_ENVIRONMENT_DONE-}" ]; then
        ${utils.debianPath}
        . /etc/set-environment
      fi

      ${cfg.shellInit}
    '';

    environment.etc."zsh/zprofile".text = ''
      # Written from environment.* and programs.zsh.*: change those, not this file. zsh login shells read it.
      ${once "ZPROFILE"}
      ${cfg.loginShellInit}
    '';

    environment.etc."zsh/zshrc".text = ''
      # Written from environment.* and programs.zsh.*: change those, not this file. Interactive zsh shells read it.
      ${once "ZSHRC"}
      SAVEHIST=${toString cfg.histSize}
      HISTSIZE=${toString cfg.histSize}
      HISTFILE=${cfg.histFile}
      ${lib.optionalString (cfg.setOptions != [ ]) "setopt ${lib.concatStringsSep " " cfg.setOptions}"}
      ${lib.optionalString cfg.enableCompletion "autoload -U compinit && compinit"}

      ${cfg.interactiveShellInit}

      ${utils.shellAliasLines cfg.shellAliases}

      ${cfg.promptInit}
    '';
  };
}
