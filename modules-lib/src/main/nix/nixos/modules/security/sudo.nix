# security.sudo: sudo (Debian's, its program setuid root in the store as the package ships it) and the sudoers
# file its options describe, which replaces Debian's.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types concatStringsSep concatMap optionalString;
  cfg = config.security.sudo;

  # sudoers' spelling of users, groups and commands: numeric ids take '#', groups '%'.
  user = u: if builtins.isInt u then "#${toString u}" else u;
  group = g: if builtins.isInt g then "%#${toString g}" else "%${g}";
  command = c: if builtins.isString c then c else concatStringsSep "" (map (tag: "${tag}:") c.options) + optionalString (c.options != [ ]) " " + c.command;
  ruleLines = rule:
    map (who: "${who} ${rule.host}=(${rule.runAs}) ${concatStringsSep ", " (map command rule.commands)}")
      (map user rule.users ++ map group rule.groups);

  sudoers = ''
    # Made from the security.sudo options: change those rather than this file.

    # ssh inside sudo can still use the caller's agent.
    Defaults env_keep+=SSH_AUTH_SOCK
  '' + optionalString cfg.keepTerminfo ''
    # Terminal programs run by root and wheel find their terminal's description.
    Defaults:root,%wheel env_keep+=TERMINFO_DIRS
    Defaults:root,%wheel env_keep+=TERMINFO
  '' + ''

    ${concatStringsSep "\n" (concatMap ruleLines cfg.extraRules)}

    ${cfg.extraConfig}
  '';
in
{
  options.security.sudo = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether sudo lets permitted users run commands as other users (root).";
    };
    package = mkOption {
      type = types.package;
      default = pkgs.sudo;
      defaultText = lib.literalExpression "pkgs.sudo";
      description = "The sudo package.";
    };
    keepTerminfo = mkOption {
      type = types.bool;
      default = true;
      description = "Whether root and members of `wheel` keep TERMINFO and TERMINFO_DIRS through sudo.";
    };
    configFile = mkOption {
      type = types.lines;
      description = "The whole sudoers file; by default made from the other options.";
    };
    wheelNeedsPassword = mkOption {
      type = types.bool;
      default = true;
      description = "Whether members of `wheel` must type their password to use sudo.";
    };
    execWheelOnly = mkOption {
      type = types.bool;
      default = false;
      description = "Whether only members of `wheel` may run sudo at all.";
    };
    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added to the sudoers file.";
    };
    extraRules = mkOption {
      default = [ ];
      description = "Sudoers rules: who (users, groups) may run which commands, on which host, as whom.";
      type = types.listOf (types.submodule {
        options = {
          users = mkOption { type = types.listOf (types.either types.str types.int); default = [ ]; description = "Users (names or ids) the rule is for."; };
          groups = mkOption { type = types.listOf (types.either types.str types.int); default = [ ]; description = "Groups (names or ids) the rule is for."; };
          host = mkOption { type = types.str; default = "ALL"; description = "The host the rule holds on."; };
          runAs = mkOption { type = types.str; default = "ALL:ALL"; description = "The users and groups the commands may run as."; };
          commands = mkOption {
            type = types.listOf (types.either types.str (types.submodule {
              options.command = mkOption { type = types.str; description = "The command (a path, or ALL)."; };
              options.options = mkOption { type = types.listOf types.str; default = [ ]; description = "Tags such as NOPASSWD and SETENV."; };
            }));
            description = "The commands the rule allows.";
          };
        };
      });
    };
  };

  # root, then wheel, before the configuration's own rules.
  config = lib.mkIf cfg.enable {
    security.sudo.configFile = lib.mkDefault sudoers;
    environment.systemPackages = [ cfg.package ];
    security.pam.services = {
      sudo.sshAgentAuth = true;
      sudo-i.sshAgentAuth = true;
    };
    # sudo refuses a sudoers file that others could write.
    environment.etc.sudoers = { text = cfg.configFile; mode = "0440"; };

    security.sudo.extraRules = lib.mkMerge [
      (lib.mkOrder 400 [{ users = [ "root" ]; commands = [{ command = "ALL"; options = [ "SETENV" ]; }]; }])
      (lib.mkOrder 600 [{
        groups = [ "wheel" ];
        commands = [{ command = "ALL"; options = (if cfg.wheelNeedsPassword then [ ] else [ "NOPASSWD" ]) ++ [ "SETENV" ]; }];
      }])
    ];
  };
}
