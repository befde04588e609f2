# security.sudo's defaults and wheel's rule.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  defaults = let s = (n.config [ ]).security.sudo; in { inherit (s) enable wheelNeedsPassword execWheelOnly; };
  wheelNoPassword = builtins.any (r: r.groups == [ "wheel" ] && builtins.elem "NOPASSWD" (builtins.head r.commands).options)
    (n.config [ { security.sudo.wheelNeedsPassword = false; } ]).security.sudo.extraRules;
  wheelPassword = builtins.any (r: r.groups == [ "wheel" ] && builtins.elem "NOPASSWD" (builtins.head r.commands).options)
    (n.config [ ]).security.sudo.extraRules;
}
