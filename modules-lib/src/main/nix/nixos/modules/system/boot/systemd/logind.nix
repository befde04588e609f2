# services.logind: /etc/systemd/logind.conf for Debian's systemd-logind from settings.Login (logind.conf(5)),
# as current NixOS has it; the older options (lidSwitch, killUserProcesses, the keys' handlers) are renamed
# to their settings.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  renamed = old: new: lib.mkRenamedOptionModule [ "services" "logind" old ] [ "services" "logind" "settings" "Login" new ];
in
{
  imports = [
    (renamed "killUserProcesses" "KillUserProcesses")
    (renamed "lidSwitch" "HandleLidSwitch")
    (renamed "lidSwitchDocked" "HandleLidSwitchDocked")
    (renamed "lidSwitchExternalPower" "HandleLidSwitchExternalPower")
    (renamed "powerKey" "HandlePowerKey")
    (renamed "powerKeyLongPress" "HandlePowerKeyLongPress")
    (renamed "rebootKey" "HandleRebootKey")
    (renamed "rebootKeyLongPress" "HandleRebootKeyLongPress")
    (renamed "suspendKey" "HandleSuspendKey")
    (renamed "suspendKeyLongPress" "HandleSuspendKeyLongPress")
    (renamed "hibernateKey" "HandleHibernateKey")
    (renamed "hibernateKeyLongPress" "HandleHibernateKeyLongPress")
  ];

  options.services.logind.settings = mkOption {
    type = types.submodule {
      freeformType = types.attrsOf (types.attrsOf (types.oneOf [ types.bool types.int types.str ]));
      options.Login = mkOption {
        type = types.attrsOf (types.oneOf [ types.bool types.int types.str ]);
        default = { };
        example = { HandleLidSwitch = "ignore"; KillUserProcesses = false; };
        description = "The [Login] section: how logind handles the lid, the power keys, idleness and users' processes.";
      };
    };
    default = { };
    description = "logind.conf's sections and their keys (logind.conf(5)).";
  };

  config.environment.etc."systemd/logind.conf".text = lib.generators.toINI { } config.services.logind.settings;
}
