# The tools of the installation media: partitioning, file systems, recovery, an editor, networking.
{ config, lib, pkgs, ... }:
{
  # NixOS also has ms-sys (Microsoft boot records), which Debian's main archive does not: when the package
  # set has it, it is there too. NixOS's vim has the vim-nix plugin and syntax on; nixj's is Debian's vim-tiny.
  environment.systemPackages = with pkgs; lib.optional (pkgs ? ms-sys) ms-sys ++ [
    w3m testdisk efibootmgr efivar parted gptfdisk ddrescue ccrypt cryptsetup
    vim
    fuse fuse3 sshfs-fuse socat screen tcpdump
    sdparm hdparm smartmontools pciutils usbutils nvme-cli
    ntfsprogs dosfstools mtools xfsprogs jfsutils f2fs-tools
    unzip zip
  ];

  # ZFS where its package is available (it follows the platform: Linux).
  boot.supportedFilesystems = [ "btrfs" "cifs" "f2fs" "ntfs" "vfat" "xfs" ]
    ++ lib.optional pkgs.stdenv.hostPlatform.isLinux "zfs";

  # ZFS needs a host id.
  networking.hostId = lib.mkDefault "8425e349";
}
