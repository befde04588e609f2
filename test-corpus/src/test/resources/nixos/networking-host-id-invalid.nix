# networking.hostId is 8 hexadecimal digits.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { networking.hostId = "xyz"; } ]).system.build.toplevel
