# The Plasma 5 installer with Calamares.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.installerGraphical "calamares-plasma5") ]; in
{
  inherit (c.isoImage) edition volumeID;
  plasma5 = c.services.xserver.desktopManager.plasma5.enable;
  sddm = c.services.displayManager.sddm.enable;
}
