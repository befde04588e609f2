# programs.fish: /etc/fish/config.fish, which Debian's fish reads at start-up, as NixOS writes it: the
# system's environment (/etc/set-environment), then environment.shellInit and programs.fish.shellInit; for a
# login shell the login parts; for an interactive one the abbreviations, aliases (NixOS's default ones
# included), interactive parts and prompt. The POSIX shell parts are in /etc/fish/foreign-env, as on NixOS;
# NixOS's fish reads them through the foreign-env plugin, which Debian lacks, so config.fish has a small
# function of its own that runs such a file in bash and takes the environment variables it exports.
# Not done: `functions`, the completions NixOS generates from man pages (generateCompletions), babelfish.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.fish;
  env = config.environment;

  abbreviations = lib.concatStringsSep "\n" (lib.mapAttrsToList (name: value: "abbr -ag ${name} ${lib.escapeShellArg value}") cfg.shellAbbrs);
  aliases = lib.concatStringsSep "\n" (lib.mapAttrsToList (name: value: "alias ${name} ${lib.escapeShellArg value}")
    (lib.filterAttrs (_: value: value != null) cfg.shellAliases));

  sourcePosix = file: "__nixos_source_posix /etc/fish/foreign-env/${file}";

  lines = description: mkOption { type = types.lines; default = ""; inherit description; };
in
{
  options.programs.fish = {
    enable = mkOption { type = types.bool; default = false; description = "Whether fish is set up as an interactive shell (with the system's environment)."; };
    package = lib.mkPackageOption pkgs "fish" { };
    vendor = {
      config.enable = mkOption { type = types.bool; default = true; description = "Whether fish reads the configuration snippets packages bring (share/fish/vendor_conf.d)."; };
      completions.enable = mkOption { type = types.bool; default = true; description = "Whether fish uses the completions packages bring (share/fish/vendor_completions.d)."; };
      functions.enable = mkOption { type = types.bool; default = true; description = "Whether fish autoloads the functions packages bring (share/fish/vendor_functions.d)."; };
    };
    generateCompletions = mkOption {
      type = types.bool;
      default = true;
      description = "Whether fish gets completions generated from the man pages of the system's packages (NixOS's; nixj does not generate them yet).";
    };
    shellAbbrs = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = { gco = "git checkout"; };
      description = "fish's abbreviations (expanded as they are typed), for interactive shells.";
    };
    shellAliases = mkOption {
      type = types.attrsOf (types.nullOr (types.either types.str types.path));
      default = { };
      description = "fish's aliases, for interactive shells; they override environment.shellAliases (null removes one).";
    };
    shellInit = lines "fish commands every fish runs at start-up.";
    loginShellInit = lines "fish commands login shells run at start-up.";
    interactiveShellInit = lines "fish commands interactive shells run at start-up.";
    promptInit = lines "fish commands that set up the prompt of interactive shells.";
  };

  config = lib.mkIf cfg.enable {
    programs.fish.shellAliases = lib.mapAttrs (_: lib.mkDefault) env.shellAliases;

    environment.systemPackages = [ cfg.package ];
    environment.shells = [ "/run/current-system/sw/bin/fish" cfg.package ];
    environment.pathsToLink =
      lib.optional cfg.vendor.config.enable "/share/fish/vendor_conf.d"
      ++ lib.optional cfg.vendor.completions.enable "/share/fish/vendor_completions.d"
      ++ lib.optional cfg.vendor.functions.enable "/share/fish/vendor_functions.d";

    environment.etc = {
      "fish/foreign-env/shellInit".text = env.shellInit;
      "fish/foreign-env/loginShellInit".text = env.loginShellInit;
      "fish/foreign-env/interactiveShellInit".text = env.interactiveShellInit;
      "fish/config.fish".text = ''
        # Written from programs.fish and environment.*: change those, not this file.

        # Runs a POSIX shell file in bash and takes the environment variables it sets or changes. (Debian's
        # bash reads bash.bashrc even for -c when it sees SSH_CLIENT; without it, it reads only the file.)
        function __nixos_source_posix -a file
          set -l bash env -u SSH_CLIENT -u SSH2_CLIENT ${pkgs.runtimeShell} --noprofile --norc
          set -l before ($bash -c 'env -0' | string split0)
          for entry in ($bash -c '. "$1" >/dev/null; env -0' bash $file | string split0)
            contains -- $entry $before; and continue
            set -l pair (string split -m 1 = -- $entry)
            switch $pair[1]
              case SHLVL _ PWD OLDPWD
              case '*PATH'
                set -gx $pair[1] (string split : -- $pair[2])
              case '*'
                set -gx $pair[1] $pair[2]
            end
          end
        end

        # The system's environment, unless a parent shell has taken it already.
        if not set -q __NIXOS_SET_ENVIRONMENT_DONE
          __nixos_source_posix /etc/set-environment
        end

        # The general part, once per shell.
        if not set -q __fish_nixos_general_config_sourced
          ${sourcePosix "shellInit"}

          ${cfg.shellInit}

          set -g __fish_nixos_general_config_sourced 1
        end

        # The login part.
        status is-login; and not set -q __fish_nixos_login_config_sourced
        and begin
          ${sourcePosix "loginShellInit"}

          ${cfg.loginShellInit}

          set -g __fish_nixos_login_config_sourced 1
        end

        # The interactive part.
        status is-interactive; and not set -q __fish_nixos_interactive_config_sourced
        and begin
          ${abbreviations}
          ${aliases}

          ${sourcePosix "interactiveShellInit"}

          ${cfg.promptInit}
          ${cfg.interactiveShellInit}

          set -g __fish_nixos_interactive_config_sourced 1
        end
      '';
    };
  };
}
