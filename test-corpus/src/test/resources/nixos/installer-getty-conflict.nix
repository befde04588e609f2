# A plain autologinUser conflicts with the installer's plain 'nixos'.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal { services.getty.autologinUser = "root"; } ]).services.getty.autologinUser
