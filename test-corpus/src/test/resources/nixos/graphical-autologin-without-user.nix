# Automatic login needs an account to log in.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { services.displayManager.autoLogin.enable = true; } ]).system.build.toplevel
