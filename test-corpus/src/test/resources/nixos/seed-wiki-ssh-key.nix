# The wiki's SSH key for root (seed 004).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal ./data/wiki-ssh-key.nix ]).users.users.root.openssh.authorizedKeys.keys
