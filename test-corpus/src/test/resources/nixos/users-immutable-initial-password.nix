# With users.mutableUsers false the initial passwords are the passwords.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let u = (n.config [ { users.mutableUsers = false; users.users.alice = { isNormalUser = true; initialPassword = "pw"; initialHashedPassword = "$6$x$y"; }; } ]).users.users.alice; in
{ inherit (u) password hashedPassword initialPassword; }
