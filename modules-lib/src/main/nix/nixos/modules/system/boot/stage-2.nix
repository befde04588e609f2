# Stage 2 of the boot: the commands run once the system is up.
# NixOS's stage-2 script runs boot.postBootCommands before it starts systemd. nixj's stage 1 starts systemd
# itself, so the commands run in a unit of their own, `post-boot.service`, at the same point of the boot:
# after the local file systems, before sysinit.target and so before every ordinary service.
{ config, lib, ... }:
{
  options.boot.postBootCommands = lib.mkOption {
    type = lib.types.lines;
    default = "";
    example = "rm -f /var/log/messages";
    description = "Shell commands run at the end of stage 2 of the boot.";
  };

  config = lib.mkIf (config.boot.postBootCommands != "") {
    systemd.services.post-boot = {
      description = "Commands of boot.postBootCommands";
      wantedBy = [ "sysinit.target" ];
      after = [ "local-fs.target" ];
      before = [ "sysinit.target" ];
      unitConfig.DefaultDependencies = false;
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
      };
      script = config.boot.postBootCommands;
    };
  };
}
