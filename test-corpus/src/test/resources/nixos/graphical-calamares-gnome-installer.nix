# The GNOME installer with Calamares: every locale, the partition manager, the GNOME edition.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.installerGraphical "calamares-gnome") ]; in
{
  inherit (c.isoImage) edition;
  inherit (c.i18n) supportedLocales;
  partitionManager = c.programs.partition-manager.enable;
  gnome = c.services.desktopManager.gnome.enable;
}
