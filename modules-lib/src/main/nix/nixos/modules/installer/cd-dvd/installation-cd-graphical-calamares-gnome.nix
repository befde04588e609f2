# The GNOME installation CD with Calamares: the desktop of installation-cd-graphical-gnome.nix and the
# graphical installer started at login.
{ ... }:
{
  imports = [
    ./installation-cd-graphical-calamares.nix
    ./installation-cd-graphical-gnome.nix
  ];
}
