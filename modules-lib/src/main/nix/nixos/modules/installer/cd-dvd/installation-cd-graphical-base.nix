# The base of NixOS's graphical installation CDs: the installation CD with a graphical session, a splash
# screen, the guest agents of the common hypervisors, and tools to partition disks and read the manual.
# The desktop comes from the profiles that import this one (-gnome, -plasma6, -calamares-*).
{ lib, pkgs, ... }:
{
  imports = [ ./installation-cd-base.nix ];

  boot.plymouth.enable = true;

  environment.defaultPackages = with pkgs; [ gparted vim nano firefox mesa-demos ];

  # Plasma wants a power management backend (UPower) to be there.
  powerManagement.enable = true;

  # On the installer only: members of wheel may do anything polkit guards (pkexec, disk tools) without asking.
  security.polkit.extraConfig = ''
    polkit.addRule(function(action, subject) {
      if (subject.isInGroup("wheel")) {
        return polkit.Result.YES;
      }
    });
  '';

  services.qemuGuest.enable = true;
  services.spice-vdagentd.enable = true;
  services.xe-guest-utilities.enable = pkgs.stdenv.hostPlatform.isx86;
  services.xserver.enable = true;

  # Hyper-V exists for x86 and 64-bit ARM guests only.
  virtualisation.hypervGuest.enable = pkgs.stdenv.hostPlatform.isx86 || pkgs.stdenv.hostPlatform.isAarch64;
  # VirtualBox's guest module is built out of tree and often lags behind new kernels: left out.
  virtualisation.virtualbox.guest.enable = false;
  virtualisation.vmware.guest.enable = pkgs.stdenv.hostPlatform.isx86;
}
