# /etc/ssh/sshd_config from services.openssh: ports and listen addresses, the settings (yes/no, algorithm
# lists joined with commas, other lists with spaces, nulls left out), the key files, the host keys, SFTP
# and extraConfig last.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
(n.config [ {
  services.openssh = {
    enable = true;
    ports = [ 22 2222 ];
    listenAddresses = [ { addr = "0.0.0.0"; } { addr = "[::]"; port = 22; } ];
    settings = { PermitRootLogin = "yes"; PasswordAuthentication = false; AllowUsers = [ "root" "alice" ]; MaxAuthTries = 3; };
    extraConfig = "Match User alice\n  ForceCommand internal-sftp\n";
  };
} ]).environment.etc."ssh/sshd_config".text
