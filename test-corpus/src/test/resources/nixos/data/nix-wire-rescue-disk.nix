# The rescue disk of the nix-wire guide (seed 003).
{ pkgs, ... }:
{
  environment.systemPackages = with pkgs; [
    git
    disko
    btrfs-progs
    cryptsetup
    smartmontools
    nvme-cli
  ];

  networking.networkmanager.enable = true;

  services.openssh = {
    enable = true;
    settings = {
      PermitRootLogin = "yes";
      PasswordAuthentication = true;
    };
  };

  services.getty.autologinUser = "root";
}
