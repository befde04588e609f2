# The Nix daemon: its units, its build accounts and how it is scheduled. nix.conf is config/nix.nix's.
# The daemon and the Nix commands are nix.package's; nixj's package set gives Debian's build of Nix 2.8,
# which keeps its programs in usr/bin (the system's merged /usr/bin).
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.nix;

  buildUser = n: lib.nameValuePair "nixbld${toString n}" {
    description = "Nix build user ${toString n}";
    uid = config.ids.uids.nixbld + n;
    isSystemUser = true;
    # Nix gives a build only the nixbld group: no other supplementary group belongs here.
    group = "nixbld";
    extraGroups = [ "nixbld" ];
  };
in
{
  options.nix = {
    nrBuildUsers = mkOption {
      type = types.int;
      description = "How many nixbld accounts exist for builds to run under, one build each at a time.";
    };

    daemonCPUSchedPolicy = mkOption {
      type = types.enum [ "other" "batch" "idle" ];
      default = "other";
      example = "batch";
      description = "The CPU scheduling policy of the daemon and so of its builds.";
    };

    daemonIOSchedClass = mkOption {
      type = types.enum [ "best-effort" "idle" ];
      default = "best-effort";
      example = "idle";
      description = "The I/O scheduling class of the daemon and so of its builds.";
    };

    daemonIOSchedPriority = mkOption {
      type = types.int;
      default = 4;
      example = 1;
      description = "The I/O priority of the daemon within its class (0 highest, 7 lowest).";
    };

    envVars = mkOption {
      type = types.attrs;
      internal = true;
      default = { };
      description = "Environment variables of the daemon and of the users' sessions.";
    };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package.out ];
    environment.sessionVariables = cfg.envVars;

    nix.nrBuildUsers = lib.mkDefault (
      if cfg.settings.auto-allocate-uids or false then 0
      else lib.max 32 (if cfg.settings.max-jobs == "auto" then 0 else cfg.settings.max-jobs));
    users.users = lib.listToAttrs (map buildUser (lib.range 1 cfg.nrBuildUsers));

    systemd.sockets.nix-daemon = {
      description = "Nix Daemon Socket";
      wantedBy = [ "sockets.target" ];
      before = [ "multi-user.target" ];
      unitConfig.RequiresMountsFor = "/nix/store";
      socketConfig.ListenStream = "/nix/var/nix/daemon-socket/socket";
    };

    systemd.services.nix-daemon = {
      description = "Nix Daemon";
      path = [ cfg.package.out ];
      environment = cfg.envVars // { CURL_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"; };
      unitConfig.RequiresMountsFor = "/nix/store";
      serviceConfig = {
        ExecStart = "@/usr/bin/nix-daemon nix-daemon --daemon";
        KillMode = "process";
        LimitNOFILE = 1048576;
        CPUSchedulingPolicy = cfg.daemonCPUSchedPolicy;
        IOSchedulingClass = cfg.daemonIOSchedClass;
        IOSchedulingPriority = cfg.daemonIOSchedPriority;
      };
      restartTriggers = [ config.environment.etc."nix/nix.conf".source ];
      stopIfChanged = false;
    };

    systemd.tmpfiles.rules = [ "d /nix/var/nix/daemon-socket 0755 root root - -" ];
  };
}
