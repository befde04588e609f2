# services.getty: drop-ins for Debian's getty@ and serial-getty@ units replacing agetty's command line (the
# empty ExecStart= clears Debian's), a getty for each serial console of the kernel, and /etc/issue.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ {
  services.getty = { autologinUser = "root"; helpLine = "Log in as root."; extraArgs = [ "--nohostname" ]; };
  boot.kernelParams = [ "console=tty0" "console=ttyS0,115200" "console=ttyAMA0" ];
} ]; in
{
  units = builtins.mapAttrs (_: unit: { inherit (unit) text wantedBy overrideStrategy; })
    (n.lib.filterAttrs (name: _: n.lib.hasInfix "getty" name) c.systemd.units);
  issue = c.environment.etc.issue.text;
}
