# Without services.openssh.enable there is no sshd.service, sshd_config or key file.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ { users.users.root.openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAA root" ]; } ]; in
{ unit = c.systemd.units ? "sshd.service"; config = c.environment.etc ? "ssh/sshd_config"; keys = c.environment.etc ? "ssh/authorized_keys.d/root"; }
