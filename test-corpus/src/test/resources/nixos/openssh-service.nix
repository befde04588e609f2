# sshd.service: wanted by multi-user.target, makes the missing host keys first, runs Debian's sshd with the
# generated configuration; each account's keys go to /etc/ssh/authorized_keys.d/NAME.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ withBash {
  services.openssh.enable = true;
  users.users.root.openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK root@example" ];
  users.users.alice = { isNormalUser = true; openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAA1 a@one" "ssh-ed25519 AAAA2 a@two" ]; };
} ]; in
{
  unit = c.systemd.units."sshd.service".text;
  inherit (c.systemd.units."sshd.service") wantedBy;
  hostKeys = c.systemd.services.sshd.preStart;
  root = { inherit (c.environment.etc."ssh/authorized_keys.d/root") text mode; };
  alice = c.environment.etc."ssh/authorized_keys.d/alice".text;
  nobody = c.environment.etc ? "ssh/authorized_keys.d/nobody";
}
