# The base of NixOS's installation CDs: the ISO image, the installer tools and the installation device.
{ config, options, lib, pkgs, ... }:
{
  imports = [
    ./iso-image.nix
    ../../profiles/base.nix
    ../../profiles/installation-device.nix
  ];

  hardware.enableAllHardware = true;

  # A bigger console font for HiDPI screens.
  console.packages = options.console.packages.default ++ [ pkgs.terminus_font ];

  isoImage.makeEfiBootable = true;
  isoImage.makeUsbBootable = true;

  boot.loader.grub.memtest86.enable = true;

  # A live medium cannot use the file systems or swap of a machine that may not even be formatted yet.
  swapDevices = lib.mkImageMediaOverride [ ];
  fileSystems = lib.mkImageMediaOverride config.lib.isoFileSystems;
  boot.initrd.luks.devices = lib.mkImageMediaOverride { };

  # `live.nixos.passwd=...` on the kernel command line sets the nixos account's password (chpasswd is the
  # system's: Debian's passwd package).
  boot.postBootCommands = ''
    for o in $(</proc/cmdline); do
      case "$o" in
        live.nixos.passwd=*)
          set -- $(IFS==; echo $o)
          echo "nixos:$2" | chpasswd
          ;;
      esac
    done
  '';

  system.stateVersion = lib.mkDefault lib.trivial.release;
}
