# The graphical installation CD with Calamares, the graphical installer, started at login.
{ pkgs, ... }:
let
  calamaresAutostart = pkgs.makeAutostartItem {
    name = "calamares";
    package = pkgs.calamares-nixos;
  };
in
{
  imports = [ ./installation-cd-graphical-base.nix ];

  # Calamares partitions through KDE's kpmcore, which needs the partition manager's helper.
  programs.partition-manager.enable = true;

  environment.systemPackages = with pkgs; [ calamares-nixos calamaresAutostart calamares-nixos-extensions glibcLocales ];

  # The installer offers every locale.
  i18n.supportedLocales = [ "all" ];
}
