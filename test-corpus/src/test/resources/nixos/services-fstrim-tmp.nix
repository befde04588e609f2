# services.fstrim enables util-linux's timer at its interval (the package's OnCalendar cleared first);
# boot.tmp.useTmpfs mounts a tmpfs of the size asked on /tmp, cleanOnBoot empties /tmp at boot.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine { services.fstrim = { enable = true; interval = "daily"; }; boot.tmp = { useTmpfs = true; tmpfsSize = "2G"; cleanOnBoot = true; }; } ];
  plain = n.config [ n.machine ];
in
{
  fstrim = { inherit (c.systemd.units."fstrim.timer") wantedBy text; };
  tmpMount = { inherit (c.systemd.units."tmp.mount") wantedBy text; };
  tmpfiles = c.systemd.tmpfiles.rules;
  plain = { fstrim = plain.systemd.units ? "fstrim.timer"; tmp = plain.systemd.units ? "tmp.mount"; };
}
