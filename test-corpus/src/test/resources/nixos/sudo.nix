# security.sudo's defaults and wheel's rule.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  defaults = let s = (n.config [ ]).security.sudo; in { inherit (s) enable wheelNeedsPassword execWheelOnly; };
  noPassword = builtins.head (n.config [ { security.sudo.wheelNeedsPassword = false; } ]).security.sudo.extraRules;
}
