# services.openssh.settings takes any sshd_config keyword besides the declared ones.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { services.openssh.settings = { PasswordAuthentication = false; MaxAuthTries = 3; AllowTcpForwarding = "no"; }; } ]).services.openssh.settings
