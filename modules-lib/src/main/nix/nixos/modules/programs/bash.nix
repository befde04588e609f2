# programs.bash: the system-wide start-up files of bash (Debian's, the default shell) and of other POSIX shells
# run as login shells, written as NixOS shapes them:
#   - /etc/profile, read by login shells: the PATH of Debian's layout (the system's software is linked into
#     /usr, /bin and /sbin), /etc/set-environment (environment.variables), the shell and login init, the
#     packages' /etc/profile.d scripts, then /etc/bash.bashrc for bash;
#   - /etc/bash.bashrc, which Debian's bash reads in every interactive shell and for the commands sshd runs:
#     the profile if no parent read it (so `ssh host cmd` gets the variables), then, when interactive, the
#     interactive init, the prompt, completion and the aliases.
# Both are read once per shell; a shell whose parent read the profile does not read it again.
{ config, lib, pkgs, utils, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.bash;
  initOption = what: mkOption { type = types.lines; default = ""; description = "Commands run by ${what}."; };
in
{
  options.programs.bash = {
    completion.enable = mkOption { type = types.bool; default = true; description = "Whether bash completes commands' arguments (bash-completion)."; };
    shellAliases = mkOption {
      type = types.attrsOf (types.nullOr types.str);
      default = { };
      description = "Aliases of interactive bash shells; by default environment.shellAliases. null removes one.";
    };
    shellInit = initOption "every bash login shell (and the profile of other POSIX shells), first";
    loginShellInit = initOption "every login shell, after shellInit";
    interactiveShellInit = initOption "every interactive bash shell";
    promptInit = mkOption {
      type = types.lines;
      default = ''
        # A green prompt for users, red for root; xterm-like terminals get user@host: directory as their title.
        if [ "$TERM" != dumb ]; then
          prompt_color='1;32m'
          if [ "$(id -u)" -eq 0 ]; then prompt_color='1;31m'; fi
          PS1="\n\[\033[$prompt_color\][\u@\h:\w]\\$\[\033[0m\] "
          case $TERM in
            xterm* | rxvt* | alacritty | foot* | kitty | tmux* | screen*) PS1="\[\033]0;\u@\h: \w\007\]$PS1" ;;
          esac
          unset prompt_color
        fi
      '';
      description = "Commands that set the prompt of interactive bash shells.";
    };
  };

  config = {
    programs.bash.shellAliases = lib.mapAttrs (_: lib.mkDefault) config.environment.shellAliases;
    programs.bash.shellInit = config.environment.shellInit;
    programs.bash.loginShellInit = config.environment.loginShellInit;
    programs.bash.interactiveShellInit = lib.mkMerge [
      ''
        # The window's size after every command; no cache of where commands are (the system changes).
        shopt -s checkwinsize
        set +h
      ''
      (lib.mkIf cfg.completion.enable ''
        if [ -f /usr/share/bash-completion/bash_completion ] && ! shopt -oq posix; then
          . /usr/share/bash-completion/bash_completion
        fi
      '')
      config.environment.interactiveShellInit
    ];

    environment.systemPackages = lib.optional cfg.completion.enable pkgs.bash-completion;

    environment.etc.profile.text = ''
      # Written from environment.* and programs.bash.*: change those, not this file. Login shells read it.
      if [ -n "''${__ETC_PROFILE_SOURCED-}" ]; then return; fi
      __ETC_PROFILE_SOURCED=1
      # Shells started from this one (a terminal's) need not read it again.
      export __ETC_PROFILE_DONE=1

      ${utils.debianPath}
      if [ -z "''${__NIXOS_SET_ENVIRONMENT_DONE-}" ]; then
        . /etc/set-environment
      fi

      ${cfg.shellInit}
      ${cfg.loginShellInit}

      for script in /etc/profile.d/*.sh; do
        if [ -r "$script" ]; then . "$script"; fi
      done
      unset script

      if [ -n "''${BASH_VERSION-}" ]; then
        . /etc/bash.bashrc
      elif [ -n "''${PS1-}" ]; then
        if [ "$(id -u)" -eq 0 ]; then PS1='# '; else PS1='$ '; fi
      fi
    '';

    environment.etc."bash.bashrc".text = ''
      # Written from environment.* and programs.bash.*: change those, not this file. bash reads it in every
      # interactive shell, and for the commands sshd runs.
      if [ -n "''${__ETC_BASHRC_SOURCED-}" ] || [ -n "''${NOSYSBASHRC-}" ]; then return; fi
      __ETC_BASHRC_SOURCED=1

      # A shell none of whose parents read the profile (a command run by sshd) reads it here.
      if [ -z "''${__ETC_PROFILE_DONE-}" ]; then
        . /etc/profile
      fi

      if [ -n "''${PS1-}" ]; then
      :
      ${cfg.interactiveShellInit}
      ${cfg.promptInit}
      ${utils.shellAliasLines cfg.shellAliases}
      fi
    '';
  };
}
