# The graphical installation CD of NixOS's releases: one image offering GNOME and Plasma, each a specialisation
# of a bare installer that its boot menu hides. NixOS also offers each with the latest kernel; nixj has only
# Debian's, so those two entries are left out.
{ lib, ... }:
{
  imports = [ ./installation-cd-base.nix ];

  isoImage.edition = "graphical";
  isoImage.showConfiguration = lib.mkDefault false;

  specialisation = {
    gnome.configuration = {
      imports = [ ./installation-cd-graphical-calamares-gnome.nix ];
      isoImage.showConfiguration = true;
      isoImage.configurationName = "GNOME (Linux LTS)";
    };
    plasma.configuration = {
      imports = [ ./installation-cd-graphical-calamares-plasma6.nix ];
      isoImage.showConfiguration = true;
      isoImage.configurationName = "Plasma (Linux LTS)";
    };
  };
}
