# services.getty's defaults and settings.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  defaults = let g = (n.config [ ]).services.getty; in { inherit (g) autologinUser helpLine greetingLine; };
  set = (n.config [ { services.getty.autologinUser = "alice"; } ]).services.getty.autologinUser;
}
