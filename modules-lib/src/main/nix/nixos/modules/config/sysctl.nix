# boot.kernel.sysctl: kernel parameters set at run time.
{ lib, ... }:
let
  sysctlValue = lib.types.nullOr (lib.types.oneOf [ lib.types.bool lib.types.str lib.types.int ]);
in
{
  options.boot.kernel.sysctl = lib.mkOption {
    type = lib.types.attrsOf sysctlValue;
    default = { };
    example = { "net.ipv4.tcp_syncookies" = false; "vm.swappiness" = 60; };
    description = "Runtime kernel parameters (sysctl), by name; null leaves one unset.";
  };
}
