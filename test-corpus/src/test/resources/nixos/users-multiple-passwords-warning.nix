# Several password options of one account give NixOS's warning.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
map (w: builtins.head (builtins.split "\n" w)) (n.config [ { users.users.root = { password = "a"; hashedPassword = "$6$x$y"; }; } ]).warnings
