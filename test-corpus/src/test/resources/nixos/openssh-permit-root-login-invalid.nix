# PermitRootLogin takes one of sshd's values.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { services.openssh.settings.PermitRootLogin = "maybe"; } ]).services.openssh.settings.PermitRootLogin
