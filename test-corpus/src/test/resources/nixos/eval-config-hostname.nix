# eval-config.nix with a module that names the host.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { networking.hostName = "alpha"; } ]).networking.hostName
