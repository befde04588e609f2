# The KDE Plasma 5 installation CD with Calamares: the desktop of installation-cd-graphical-plasma5.nix and the
# graphical installer started at login.
{ ... }:
{
  imports = [
    ./installation-cd-graphical-calamares.nix
    ./installation-cd-graphical-plasma5.nix
  ];
}
