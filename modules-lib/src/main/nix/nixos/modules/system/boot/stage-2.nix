# Stage 2 of the boot: the commands run once the system is up.
{ lib, ... }:
{
  options.boot.postBootCommands = lib.mkOption {
    type = lib.types.lines;
    default = "";
    example = "rm -f /var/log/messages";
    description = "Shell commands run at the end of stage 2 of the boot.";
  };
}
