# The users' service managers (`systemd --user`, started by Debian's user@.service for each logged-in user):
# systemd.user.services, .targets, .sockets and .timers become systemd.user.units, and the units become
# /etc/systemd/user beside Debian's own user units in /usr/lib/systemd/user (../../../../lib/systemd-lib.nix
# says how); units wanted by default.target start at every user's first login.
{ config, lib, utils, ... }:
let
  inherit (utils) systemdUtils;
  cfg = config.systemd.user;

  units = systemdUtils.unitFolder {
    name = "user-units";
    inherit (cfg) units;
    packageUnits = "${config.system.path}/lib/systemd/user";
    liveUnits = "/usr/lib/systemd/user";
  };
in
{
  options.systemd.user = systemdUtils.managerOptions "users'" // {
    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = "DefaultCPUAccounting=yes";
      description = "Lines of the [Manager] section of /etc/systemd/user.conf.";
    };
  };

  config = {
    systemd.user.units = systemdUtils.unitsOf cfg;

    environment.etc = {
      "systemd/user".source = units;
      "systemd/user.conf".text = "[Manager]\n${cfg.extraConfig}";
    };
  };
}
