# A small system: no documentation, no default packages, fewer services.
{ lib, ... }:
let
  off = lib.mkDefault false;
in
{
  documentation = {
    enable = off;
    doc.enable = off;
    info.enable = off;
    man.enable = off;
    nixos.enable = off;
  };

  environment = {
    defaultPackages = lib.mkDefault [ ];
    stub-ld.enable = off;
  };

  programs = {
    command-not-found.enable = off;
    fish.generateCompletions = off;
  };

  services = {
    logrotate.enable = off;
    udisks2.enable = off;
  };

  xdg = {
    autostart.enable = off;
    icons.enable = off;
    mime.enable = off;
    sounds.enable = off;
  };
}
