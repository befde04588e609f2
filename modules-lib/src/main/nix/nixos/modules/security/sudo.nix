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
      type = types.listOf types.attrs;
      default = [ ];
      description = "Further sudoers rules, each `{ users or groups; commands; host; runAs; }`.";
    };
  };

  config = lib.mkIf cfg.enable {
    security.sudo.extraRules = lib.mkBefore [{
      groups = [ "wheel" ];
      commands = [{ command = "ALL"; options = if cfg.wheelNeedsPassword then [ "SETENV" ] else [ "NOPASSWD" "SETENV" ]; }];
    }];
  };
}
