# Enabling sshd opens its ports and adds its account.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ { services.openssh = { enable = true; ports = [ 2222 ]; }; } ]; in
{ firewall = c.networking.firewall.allowedTCPPorts; user = c.users.users.sshd.isSystemUser; group = c.users.groups ? sshd; keysFiles = c.services.openssh.authorizedKeysFiles; }
