# security.polkit: polkit, which decides what unprivileged users may ask of system services over D-Bus.
# The daemon is Debian's polkitd (started by D-Bus when first asked; its account comes from its sysusers.d
# file, so it is `polkitd` where NixOS's is `polkituser`). The configuration's rules go first, in
# /etc/polkit-1/rules.d/10-nixos.rules, before the packages' own in /usr/share/polkit-1/rules.d.
{ config, lib, pkgs, ... }:
let
  cfg = config.security.polkit;
in
{
  options.security.polkit = {
    enable = lib.mkEnableOption "polkit";
    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = ''
        polkit.addRule(function(action, subject) {
          if (subject.isInGroup("wheel")) { return "yes"; }
        });
      '';
      description = "Rules added to polkit's configuration (JavaScript).";
    };
    adminIdentities = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ "unix-group:wheel" ];
      example = [ "unix-user:alice" "unix-group:admin" ];
      description = "Who counts as an administrator when polkit asks for one (`unix-user:NAME`, `unix-group:NAME`).";
    };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ pkgs.polkit ];
    # What polkit's agent helper authenticates with.
    security.pam.services.polkit-1 = { };
    environment.etc."polkit-1/rules.d/10-nixos.rules".text = ''
      polkit.addAdminRule(function(action, subject) {
        return [${lib.concatMapStringsSep ", " builtins.toJSON cfg.adminIdentities}];
      });

      ${cfg.extraConfig}
    '';
  };
}
