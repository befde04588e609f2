# security.sudo: sudo.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.security.sudo;
in
{
  options.security.sudo = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether sudo lets permitted users run commands as other users (root).";
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
    security.sudo.extraRules = lib.mkMerge [
      (lib.mkOrder 400 [{ users = [ "root" ]; commands = [{ command = "ALL"; options = [ "SETENV" ]; }]; }])
      (lib.mkOrder 600 [{
        groups = [ "wheel" ];
        commands = [{ command = "ALL"; options = (if cfg.wheelNeedsPassword then [ ] else [ "NOPASSWD" ]) ++ [ "SETENV" ]; }];
      }])
    ];
  };
}
