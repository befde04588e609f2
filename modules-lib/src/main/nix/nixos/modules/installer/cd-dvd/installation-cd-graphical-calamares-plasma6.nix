# The KDE Plasma 6 installation CD with Calamares: the desktop of installation-cd-graphical-plasma6.nix and the
# graphical installer started at login.
{ ... }:
{
  imports = [
    ./installation-cd-graphical-calamares.nix
    ./installation-cd-graphical-plasma6.nix
  ];
}
