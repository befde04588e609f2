# /etc/systemd/user, the users' service managers' units, made as the system's are: unit files (or drop-ins of
# Debian's user units in /usr/lib/systemd/user), links for wantedBy, masks; startAt makes a timer; a unit that
# replaces a package's is written whole. /etc/systemd/user.conf has extraConfig.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ {
    systemd.user.services.hello = { description = "Hello"; wantedBy = [ "default.target" ]; serviceConfig.ExecStart = "/bin/echo hello"; startAt = "daily"; };
    systemd.user.services.whole = { serviceConfig.ExecStart = "/bin/true"; replacePackageUnit = true; };
    systemd.user.sockets.listen = { listenStreams = [ "%t/listen" ]; wantedBy = [ "sockets.target" ]; };
    systemd.user.targets.mine = { description = "Mine"; aliases = [ "ours.target" ]; };
    systemd.user.timers.tick = { timerConfig.OnCalendar = "hourly"; wantedBy = [ "timers.target" ]; };
    systemd.user.units."pulseaudio.service".enable = false;
    systemd.user.extraConfig = "DefaultTimeoutStopSec=10s";
  } ];
  entries = c.environment.etc."systemd/user".source.entries;
in
{
  units = builtins.mapAttrs (_: unit: unit.text) c.systemd.user.units;
  entries = map (e: { inherit (e) path; target = e.target or null; text = e ? text; dropin = e.ifExists.path or null; aliasTarget = e.ifExists.target or null; }) entries;
  userConf = c.environment.etc."systemd/user.conf".text;
  inSystemUnits = c.systemd.units ? "hello.service";
}
