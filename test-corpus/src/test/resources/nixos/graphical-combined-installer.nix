# The combined graphical installer of NixOS releases: a bare base whose specialisations are the GNOME and Plasma installers.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.installerGraphical "combined") ]; in
{
  inherit (c.isoImage) edition volumeID showConfiguration;
  gnome = { inherit (c.specialisation.gnome.configuration.isoImage) edition configurationName showConfiguration; gdm = c.specialisation.gnome.configuration.services.displayManager.gdm.enable; };
  plasma = c.specialisation.plasma.configuration.services.desktopManager.plasma6.enable;
  baseHasADesktop = c.services.xserver.enable;
}
