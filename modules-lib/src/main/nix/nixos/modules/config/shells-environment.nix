# The environment of shells: variables, aliases, the default shell, and /etc/set-environment, which every
# shell's start-up files read once per session (login shells, and commands sshd runs).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  shellPackage = types.package // { check = x: lib.isDerivation x && x ? shellPath; };
  variablesType = types.attrsOf (types.oneOf [ (types.listOf (types.oneOf [ types.int types.str types.path ])) types.int types.str types.path ]);
  joinLists = lib.mapAttrs (_: value: if builtins.isList value then lib.concatMapStringsSep ":" toString value else toString value);
in
{
  options = {
    environment.variables = mkOption {
      type = variablesType;
      default = { };
      example = { EDITOR = "nvim"; VISUAL = "nvim"; };
      apply = joinLists;
      description = "Environment variables of every shell session (lists are joined with `:`).";
    };

    environment.shellAliases = mkOption {
      type = types.attrsOf (types.nullOr (types.either types.str types.path));
      default = { };
      example = { ll = "ls -l"; };
      description = "Aliases of every shell; null removes one.";
    };

    environment.extraInit = mkOption {
      type = types.lines;
      default = "";
      description = "Shell commands (for any shell) run when a session's environment is set up, after its variables.";
    };

    environment.shellInit = mkOption { type = types.lines; default = ""; description = "Commands run by every shell."; };
    environment.loginShellInit = mkOption { type = types.lines; default = ""; description = "Commands run by every login shell."; };
    environment.interactiveShellInit = mkOption { type = types.lines; default = ""; description = "Commands run by every interactive shell."; };

    environment.shells = mkOption {
      type = types.listOf (types.either shellPackage types.path);
      default = [ ];
      description = "Shells users may choose as login shells (/etc/shells).";
    };

    users.defaultUserShell = mkOption {
      type = types.either types.path shellPackage;
      default = pkgs.bashInteractive;
      defaultText = lib.literalExpression "pkgs.bashInteractive";
      example = lib.literalExpression "pkgs.zsh";
      description = "The login shell of accounts with useDefaultShell (normal accounts, and root by default).";
    };
  };

  config = {
    # Shells see the session's variables too.
    environment.variables = config.environment.sessionVariables;

    environment.shellAliases = lib.mapAttrs (_: lib.mkDefault) { ls = "ls --color=tty"; ll = "ls -l"; l = "ls -alh"; };

    system.build.setEnvironment = pkgs.writeText "set-environment" ''
      # Written from environment.variables and environment.extraInit: change those, not this file.

      # Child shells inherit what this sets; they need not read it again.
      export __NIXOS_SET_ENVIRONMENT_DONE=1

      ${lib.concatStringsSep "\n" (lib.mapAttrsToList (name: value: ''export ${name}="${value}"'') config.environment.variables)}

      ${config.environment.extraInit}
    '';
    environment.etc."set-environment".source = config.system.build.setEnvironment;
  };
}
