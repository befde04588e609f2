# A failed assertion: building the system reports it as NixOS does.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { assertions = [ { assertion = false; message = "this machine needs a frobnicator"; } ]; } ]).system.build.toplevel
