# The accounts NixOS always has.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let u = (n.config [ ]).users.users; in {
  names = builtins.attrNames u;
  root = { inherit (u.root) uid home group description isNormalUser isSystemUser createHome useDefaultShell; };
  nobody = { inherit (u.nobody) uid group isSystemUser home; };
}
