# hardware.enableAllHardware: support for as much hardware as possible, for images that boot anywhere.
{ config, lib, pkgs, ... }:
let
  platform = pkgs.stdenv.hostPlatform;
in
{
  options.hardware.enableAllHardware = lib.mkEnableOption "support for most hardware";

  config = lib.mkIf config.hardware.enableAllHardware {
    # Whatever may hold the root file system or a keyboard, in the initrd.
    boot.initrd.availableKernelModules = [
      "ahci" "sata_nv" "sata_via" "sata_sis" "sata_uli" "ata_piix" "pata_marvell"
      "nvme" "sd_mod" "sr_mod" "mmc_block"
      "uhci_hcd" "ehci_hcd" "ehci_pci" "ohci_hcd" "ohci_pci" "xhci_hcd" "xhci_pci" "usbhid" "hid_generic"
      "hid_lenovo" "hid_apple" "hid_roccat" "hid_logitech_hidpp" "hid_logitech_dj" "hid_microsoft" "hid_cherry"
      "hid_corsair"
    ] ++ lib.optionals platform.isx86 [ "pcips2" "atkbd" "i8042" "rtc_cmos" ];

    hardware.enableRedistributableFirmware = true;
  };
}
