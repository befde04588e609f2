# systemd's own services as NixOS configures them: timesyncd on by default (NixOS's pool servers, its unit
# wanted by sysinit.target under its D-Bus name too; off in containers), journald.conf with persistent storage
# and NixOS's rate limits, logind.conf from settings.Login, zram-generator only with zramSwap.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine ];
  container = n.config [ n.machine { boot.isContainer = true; } ];
in
{
  timesyncd = c.environment.etc."systemd/timesyncd.conf".text;
  timesyncdUnit = { inherit (c.systemd.units."systemd-timesyncd.service") wantedBy aliases text; };
  timesyncdInContainer = container.environment.etc ? "systemd/timesyncd.conf";
  journald = c.environment.etc."systemd/journald.conf".text;
  logind = c.environment.etc."systemd/logind.conf".text;
  zram = c.environment.etc ? "systemd/zram-generator.conf";
}
