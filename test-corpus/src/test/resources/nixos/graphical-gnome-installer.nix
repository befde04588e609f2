# The GNOME installer: what the graphical base and the GNOME profile set, at their priorities.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.installerGraphical "gnome") ]; in
{
  inherit (c.isoImage) edition volumeID;
  xserver = c.services.xserver.enable;
  networkmanager = c.networking.networkmanager.enable;
  wireless = c.networking.wireless.enable;
  plymouth = c.boot.plymouth.enable;
  splash = builtins.elem "splash" c.boot.kernelParams;
  libinput = c.services.libinput.enable;
  bluetooth = c.hardware.bluetooth.enable;
  graphics = c.hardware.graphics.enable;
  guests = { inherit (c.services.qemuGuest) enable; spice = c.services.spice-vdagentd.enable; hyperv = c.virtualisation.hypervGuest.enable; virtualbox = c.virtualisation.virtualbox.guest.enable; };
  services = { inherit (c.services.gnome.core-apps) enable; udisks2 = c.services.udisks2.enable; upower = c.services.upower.enable; keyring = c.services.gnome.gnome-keyring.enable; };
  getty = c.services.getty.autologinUser;
  helpLineMentionsDisplayManager = builtins.match ".*systemctl start display-manager.*" c.services.getty.helpLine != null;
  polkitRule = builtins.match ".*isInGroup\\(\"wheel\"\\).*" c.security.polkit.extraConfig != null;
}
