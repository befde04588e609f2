# /etc/systemd/system: a unit file or drop-in per unit, links for wantedBy and requiredBy, masks for disabled
# and suppressed units, and default.target (Debian's units are in /lib/systemd/system).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let
  c = n.config [ {
    systemd.services.hello = { wantedBy = [ "multi-user.target" "multi-user.target" ]; requiredBy = [ "rescue.target" ]; serviceConfig.ExecStart = "/bin/true"; };
    systemd.services.extra = { overrideStrategy = "asDropin"; serviceConfig.Nice = 5; };
    systemd.services.unwanted = { enable = false; wantedBy = [ "multi-user.target" ]; };
    systemd.units."systemd-timesyncd.service".wantedBy = [ "sysinit.target" ];
    systemd.suppressedSystemUnits = [ "systemd-backlight@.service" ];
  } ];
  entries = c.system.build.units.entries;
in
{
  entries = map (e: { inherit (e) path; target = e.target or null; text = e ? text; dropin = e.ifExists.path or null; }) entries;
  default = (n.config [ { systemd.defaultUnit = "rescue.target"; } ]).environment.etc."systemd/system".source.entries;
  generator = (n.config [ ]).environment.etc."systemd/system-generators/systemd-gpt-auto-generator".source;
}
