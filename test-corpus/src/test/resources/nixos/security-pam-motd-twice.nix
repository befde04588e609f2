# users.motd and users.motdFile together: NixOS's assertion.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { users.motd = "hi"; users.motdFile = "/etc/motd"; } ]).system.build.toplevel
