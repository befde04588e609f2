# mkForce settles the conflict.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal { services.getty.autologinUser = mkForce "root"; } ]).services.getty.autologinUser
