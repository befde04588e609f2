# openssh.authorizedKeys of an account.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let k = (n.config [ { users.users.root.openssh.authorizedKeys = { keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample root@host" ]; keyFiles = [ ./data/nixos.nix ]; }; } ]).users.users.root.openssh.authorizedKeys; in
{ inherit (k) keys; files = map builtins.baseNameOf k.keyFiles; }
