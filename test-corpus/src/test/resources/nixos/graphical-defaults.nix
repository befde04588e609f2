# The graphical options of a machine that has none of them set.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.machine ]; in
{
  xserver = { inherit (c.services.xserver) enable autorun videoDrivers; inherit (c.services.xserver.xkb) layout variant options model; };
  displayManager = { inherit (c.services.displayManager) enable autoLogin defaultSession; gdm = { inherit (c.services.displayManager.gdm) enable wayland autoSuspend; }; sddm = { inherit (c.services.displayManager.sddm) enable; wayland = c.services.displayManager.sddm.wayland.enable; }; };
  pipewire = { inherit (c.services.pipewire) enable socketActivation; audio = c.services.pipewire.audio.enable; pulse = c.services.pipewire.pulse.enable; };
  pulseaudio = c.services.pulseaudio.enable;
  libinput = c.services.libinput.enable;
  powerManagement = c.powerManagement.enable;
  plymouth = { inherit (c.boot.plymouth) enable theme; };
  graphics = { inherit (c.hardware.graphics) enable enable32Bit; };
}
