# Two spellings of one sshd keyword fail NixOS's assertion.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { services.openssh = { enable = true; settings = { PasswordAuthentication = false; passwordauthentication = true; }; }; } ]).system.build.toplevel
