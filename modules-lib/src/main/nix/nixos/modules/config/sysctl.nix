# boot.kernel.sysctl: kernel parameters set at run time, by Debian's systemd-sysctl from
# /etc/sysctl.d/60-nixos.conf.
{ config, lib, ... }:
let
  render = value: if value == true then "1" else if value == false then "0" else toString value;
  sysctlValue = lib.types.nullOr (lib.types.oneOf [ lib.types.bool lib.types.str lib.types.int ]);
in
{
  options.boot.kernel.sysctl = lib.mkOption {
    type = lib.types.attrsOf sysctlValue;
    default = { };
    example = { "net.ipv4.tcp_syncookies" = false; "vm.swappiness" = 60; };
    description = "Runtime kernel parameters (sysctl), by name; null leaves one unset.";
  };

  config.environment.etc."sysctl.d/60-nixos.conf".text = lib.concatStrings (lib.mapAttrsToList
    (key: value: "${key}=${render value}\n")
    (lib.filterAttrs (_: value: value != null) config.boot.kernel.sysctl));
}
