# systemd.tmpfiles.rules and boot.kernel.sysctl become files Debian's systemd-tmpfiles and systemd-sysctl read.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ {
  systemd.tmpfiles.rules = [ "d /var/lib/rescue 0755 root root -" "L+ /root/.hushlogin - - - - /dev/null" ];
  boot.kernel.sysctl = { "vm.swappiness" = 10; "net.ipv4.ip_forward" = true; "kernel.sysrq" = null; };
} ]; in
{
  tmpfiles = c.environment.etc."tmpfiles.d/00-nixos.conf".text;
  sysctl = c.environment.etc."sysctl.d/60-nixos.conf".text;
  # Without rules there is no file (the Nix daemon's rule is the only one a bare configuration has).
  noRules = (n.config [ { nix.enable = false; } ]).environment.etc ? "tmpfiles.d/00-nixos.conf";
}
