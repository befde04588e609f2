# profiles/graphical.nix: Plasma 6 on SDDM with touchpad support.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.machine (n.modulesPath + "/profiles/graphical.nix") ]; in
{
  xserver = c.services.xserver.enable;
  libinput = c.services.libinput.enable;
  sddm = c.services.displayManager.sddm.enable;
  plasma6 = c.services.desktopManager.plasma6.enable;
  autoLogin = c.services.displayManager.autoLogin.enable;
}
