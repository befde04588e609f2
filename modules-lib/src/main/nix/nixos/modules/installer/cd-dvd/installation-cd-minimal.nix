# The minimal installation CD: no graphical environment.
{ lib, ... }:
{
  imports = [
    ../../profiles/minimal.nix
    ./installation-cd-base.nix
  ];

  # Man pages and the manual are worth their space on an installer; fontconfig is not.
  documentation.man.enable = lib.mkOverride 500 true;
  documentation.doc.enable = lib.mkOverride 500 true;
  fonts.fontconfig.enable = lib.mkOverride 500 false;

  isoImage.edition = lib.mkOverride 500 "minimal";
}
