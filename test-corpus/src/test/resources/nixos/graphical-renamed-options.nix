# Options NixOS moved out of services.xserver still work, each with NixOS's warning.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  c = n.config [ n.machine {
    services.xserver.enable = true;
    services.xserver.layout = "de";
    services.xserver.xkbOptions = "ctrl:nocaps";
    services.xserver.displayManager.gdm.enable = true;
    services.xserver.displayManager.autoLogin.user = "alice";
    services.xserver.desktopManager.gnome.enable = true;
    hardware.opengl.driSupport32Bit = true;
    hardware.pulseaudio.enable = true;
  } ];
in
{
  xkb = { inherit (c.services.xserver.xkb) layout options; };
  gdm = c.services.displayManager.gdm.enable;
  autoLogin = c.services.displayManager.autoLogin;
  gnome = c.services.desktopManager.gnome.enable;
  enable32Bit = c.hardware.graphics.enable32Bit;
  pulseaudio = c.services.pulseaudio.enable;
  warnings = map (w: builtins.head (builtins.split " defined in " w)) c.warnings;
}
