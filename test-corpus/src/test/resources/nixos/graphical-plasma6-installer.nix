# The Plasma 6 installer: SDDM, Plasma, automatic login as nixos.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.installerGraphical "plasma6") ]; in
{
  inherit (c.isoImage) edition volumeID;
  sddm = c.services.displayManager.sddm.enable;
  gdm = c.services.displayManager.gdm.enable;
  plasma6 = c.services.desktopManager.plasma6.enable;
  inherit (c.services.displayManager) autoLogin defaultSession;
  sddmUser = { inherit (c.users.users.sddm) uid group home; };
}
