# The options of systemd's services: timesyncd's servers (null leaves NTP= out) and extra lines; journald's
# console and syslog forwarding; logind's settings and the renamed older options (with NixOS's warning);
# zramSwap's devices, size (with a maximum), algorithm and priority; a writeback device for several devices
# fails NixOS's assertion.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine {
    networking.timeServers = [ "ntp.example.org" ];
    services.timesyncd = { fallbackServers = [ "time.example.org" ]; extraConfig = "PollIntervalMaxSec=180\n"; };
    services.journald = { console = "/dev/tty12"; forwardToSyslog = true; rateLimitBurst = 500; extraConfig = "SystemMaxUse=50M"; };
    services.logind = { lidSwitch = "ignore"; settings.Login.IdleAction = "lock"; };
    zramSwap = { enable = true; swapDevices = 2; memoryMax = 2147483648; algorithm = "lz4"; priority = 100; };
  } ];
  noServers = n.config [ n.machine { services.timesyncd.servers = null; } ];
  writeback = n.eval [ n.machine { zramSwap = { enable = true; swapDevices = 2; writebackDevice = "/dev/sdb2"; }; } ];
in
{
  timesyncd = c.environment.etc."systemd/timesyncd.conf".text;
  timesyncdWithoutServers = noServers.environment.etc."systemd/timesyncd.conf".text;
  journald = c.environment.etc."systemd/journald.conf".text;
  logind = c.environment.etc."systemd/logind.conf".text;
  warnings = c.warnings;
  zram = c.environment.etc."systemd/zram-generator.conf".text;
  zramPackage = builtins.elem "systemd-zram-generator" (map (p: p.pname or p.name) c.environment.systemPackages);
  writebackAssertion = map (a: a.message) (builtins.filter (a: !a.assertion) writeback.config.assertions);
}
