# time.*: the time zone and the hardware clock.
{ lib, ... }:
{
  options.time = {
    timeZone = lib.mkOption {
      type = lib.types.nullOr (lib.types.addCheck lib.types.str (s: builtins.match ".*[ \t\n].*" s == null)) // {
        description = "null or string without spaces";
      };
      default = null;
      example = "America/New_York";
      description = "The time zone; null lets it be changed at run time (timedatectl).";
    };
    hardwareClockInLocalTime = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether the hardware clock keeps local time rather than UTC.";
    };
  };
}
