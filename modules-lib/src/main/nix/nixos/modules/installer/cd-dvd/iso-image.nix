# An ISO 9660 image of the system (system.build.isoImage): the live medium's options, its file systems and
# boot parameters, and the image, built by nixj in-process (pkgs/build-support/live-media.nix): the kernel,
# the initrd, the squashfs of the store (system.build.squashfsStore), isolinux for BIOS and systemd-boot for
# UEFI from Debian's packages, and NixOS's boot menus.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types mkImageMediaOverride optional optionals optionalString;
  cfg = config.isoImage;
  platform = pkgs.stdenv.hostPlatform;

  package = name: pkgs.${name} or (throw "nixj's bundled nixpkgs has no package '${name}' yet (the ISO image needs it)");
  # The title of a configuration's boot entries (this one's, or a specialisation's).
  menuLabel = c: "${c.isoImage.prependToMenuLabel}${c.system.nixos.distroName} ${c.system.nixos.label}${c.isoImage.appendToMenuLabel}"
    + lib.optionalString (c.isoImage.configurationName != null) " (${c.isoImage.configurationName})";
in
{
  imports = [
    (lib.mkRenamedOptionModuleWith { sinceRelease = 2505; from = [ "isoImage" "isoBaseName" ]; to = [ "image" "baseName" ]; })
    (lib.mkRenamedOptionModuleWith { sinceRelease = 2505; from = [ "isoImage" "isoName" ]; to = [ "image" "fileName" ]; })
    ../../image/file-options.nix
  ];

  options.isoImage = {
    compressImage = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the image is compressed with zstd (the file then ends in `.iso.zst`).";
    };

    squashfsCompression = mkOption {
      type = types.nullOr types.str;
      default = "zstd -Xcompression-level 19";
      example = "xz -Xdict-size 100%";
      description = "How the squashfs of the Nix store is compressed (mksquashfs's options); null for not at all.";
    };

    edition = mkOption {
      type = types.str;
      default = "";
      description = "The edition named in the volume id and file name (`minimal`, `gnome`, ...).";
    };

    volumeID = mkOption {
      type = types.str;
      default = "nixos${optionalString (cfg.edition != "") "-${cfg.edition}"}-${config.system.nixos.release}-${platform.uname.processor}";
      defaultText = lib.literalExpression ''"nixos-''${edition}-''${release}-''${processor}"'';
      description = "The volume id (label) of the image, at most 32 characters; stage 1 finds the medium by it.";
    };

    contents = mkOption {
      example = lib.literalExpression ''[ { source = pkgs.memtest86 + "/memtest.bin"; target = "boot/memtest.bin"; } ]'';
      description = "Files copied to the image outside the Nix store, each `{ source; target; }`.";
    };

    storeContents = mkOption {
      example = lib.literalExpression "[ pkgs.stdenv ]";
      description = "Store paths whose closures the image's Nix store holds.";
    };

    includeSystemBuildDependencies = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the image holds everything needed to build the system again.";
    };

    makeBiosBootable = mkOption {
      type = types.bool;
      default = pkgs.stdenv.buildPlatform.isx86 && platform.isx86;
      defaultText = lib.literalMD "`true` where both the build and the host platform are x86";
      description = "Whether the image boots on BIOS machines (isolinux).";
    };

    makeEfiBootable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the image boots on EFI machines (GRUB).";
    };

    makeUsbBootable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the image also boots when written to a USB disk (isohybrid).";
    };

    makeChrpBootable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the image boots on CHRP machines.";
    };

    makeNewWorldMacBootable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the image boots on New World PowerMacs.";
    };

    efiSplashImage = mkOption {
      default = throw "nixj's bundled nixpkgs has no package 'fetchurl' yet (isoImage.efiSplashImage)";
      defaultText = lib.literalExpression ''pkgs.fetchurl { url = "https://raw.githubusercontent.com/NixOS/nixos-artwork/.../bootloader/efi-background.png"; ... }'';
      description = "The background image of the EFI boot menu.";
    };

    splashImage = mkOption {
      default = throw "nixj's bundled nixpkgs has no package 'fetchurl' yet (isoImage.splashImage)";
      defaultText = lib.literalExpression ''pkgs.fetchurl { url = "https://raw.githubusercontent.com/NixOS/nixos-artwork/.../bootloader/isolinux/bios-boot.png"; ... }'';
      description = "The background image of the BIOS boot menu.";
    };

    grubTheme = mkOption {
      type = types.nullOr (types.either types.path types.package);
      default = pkgs.nixos-grub2-theme;
      defaultText = lib.literalExpression "pkgs.nixos-grub2-theme";
      description = "The GRUB theme of the EFI boot menu, or null for none.";
    };

    syslinuxTheme = mkOption {
      type = types.str;
      default = ''
        MENU TITLE ${config.system.nixos.distroName}
        MENU RESOLUTION 800 600
        MENU CLEAR
        MENU ROWS 6
        MENU CMDLINEROW -4
        MENU TIMEOUTROW -3
        MENU TABMSGROW  -2
        MENU HELPMSGROW -1
        MENU HELPMSGENDROW -1
        MENU MARGIN 0
      '';
      description = "The isolinux menu theme of the BIOS boot menu.";
    };

    prependToMenuLabel = mkOption {
      type = types.str;
      default = "";
      example = "Install ";
      description = "Text put right before \"NixOS <label>\" in the boot menu.";
    };

    appendToMenuLabel = mkOption {
      type = types.str;
      default = " Installer";
      example = " Live System";
      description = "Text put right after \"NixOS <label>\" in the boot menu.";
    };

    configurationName = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "GNOME";
      description = "The name of this configuration in the boot entry's title.";
    };

    showConfiguration = lib.mkEnableOption "show this configuration in the menu" // { default = true; };

    forceTextMode = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the boot menu stays in text mode.";
    };
  };

  # In `lib`, so that installation media can put the whole file system layout under mkImageMediaOverride.
  config.lib.isoFileSystems = {
    "/" = mkImageMediaOverride {
      fsType = "tmpfs";
      options = [ "mode=0755" ];
    };

    # The medium itself: /dev/root is where stage 1 found it (by its label, from the kernel command line).
    "/iso" = mkImageMediaOverride {
      device = if config.boot.initrd.systemd.enable then "/dev/disk/by-label/${cfg.volumeID}" else "/dev/root";
      neededForBoot = true;
      noCheck = true;
    };

    # The store of the medium (read-only), a writable layer in memory, and the two as one.
    "/nix/.ro-store" = mkImageMediaOverride {
      fsType = "squashfs";
      device = "${optionalString config.boot.initrd.systemd.enable "/sysroot"}/iso/nix-store.squashfs";
      options = [ "loop" ] ++ optional (config.boot.kernelPackages.kernel.kernelAtLeast "6.2") "threads=multi";
      neededForBoot = true;
    };

    "/nix/.rw-store" = mkImageMediaOverride {
      fsType = "tmpfs";
      options = [ "mode=0755" ];
      neededForBoot = true;
    };

    "/nix/store" = mkImageMediaOverride {
      overlay = {
        lowerdir = [ "/nix/.ro-store" ];
        upperdir = "/nix/.rw-store/store";
        workdir = "/nix/.rw-store/work";
      };
    };
  };

  config = {
    assertions = [
      {
        assertion = cfg.makeBiosBootable -> platform.isx86;
        message = "BIOS boot is only supported on x86-based architectures.";
      }
      {
        assertion = !(builtins.stringLength cfg.volumeID > 32);
        message =
          let length = builtins.stringLength cfg.volumeID; in
          "isoImage.volumeID ${cfg.volumeID} is ${toString length} characters. That is ${toString (length - 32)} characters longer than the limit of 32.";
      }
      {
        assertion = cfg.makeNewWorldMacBootable -> cfg.makeChrpBootable;
        message = "isoImage.makeNewWorldMacBootable requires isoImage.makeChrpBootable. New World ROM Macs use CHRP boot scripts.";
      }
    ];

    # GRUB is only used inside the image, not installed.
    boot.loader.grub.enable = mkImageMediaOverride false;

    # NixOS puts GRUB (its EFI loader) and syslinux on the live system; nixj's media boot with Debian's
    # isolinux and systemd-boot, which the ISO builder takes from their packages, so the system needs neither.

    # Stage 1 mounts the medium by its label, given on the kernel command line.
    boot.kernelParams = optionals (!config.boot.initrd.systemd.enable) [
      "boot.shell_on_fail"
      "root=LABEL=${cfg.volumeID}"
    ];

    fileSystems = config.lib.isoFileSystems;

    boot.initrd.availableKernelModules = [ "squashfs" "iso9660" "uas" "overlay" ];
    boot.initrd.kernelModules = [ "loop" "overlay" ];

    isoImage.storeContents = [ config.system.build.toplevel ]
      ++ optional cfg.includeSystemBuildDependencies config.system.build.toplevel.drvPath;

    # The files outside the store besides the kernel, the initrd and the squashfs, which the builder places.
    isoImage.contents = [{
      source = pkgs.writeText "version" config.system.nixos.label;
      target = "/version.txt";
    }];

    # Without udev, nixj's stage 1 loads the drivers of the medium itself: CD and disk controllers (IDE, SATA,
    # virtio, USB), CD-ROMs and disks, and the file systems of the medium's layout.
    boot.initrd.nixj.bootDeviceModules = [
      "ata_piix" "ahci" "virtio_pci" "virtio_blk" "virtio_scsi" "xhci_pci" "ehci_pci" "usb_storage" "uas"
      "sr_mod" "sd_mod" "isofs" "squashfs" "overlay" "loop"
    ];

    boot.loader.timeout = 10;

    image.extension = if cfg.compressImage then "iso.zst" else "iso";
    image.filePath = "iso/${config.image.fileName}";
    image.baseName = "nixos${optionalString (cfg.edition != "") "-${cfg.edition}"}-${config.system.nixos.label}-${platform.system}";

    system.build.image = config.system.build.isoImage;

    system.build.squashfsStore = pkgs.makeNixjSquashfs {
      storeContents = cfg.storeContents;
      compression = if cfg.squashfsCompression == null then "none" else cfg.squashfsCompression;
    };

    # The system is evaluated first, so that a configuration whose assertions fail reports them (as NixOS does)
    # rather than an error of the image.
    system.build.isoImage = builtins.seq config.system.build.toplevel (pkgs.makeNixjIsoImage {
      name = "${config.image.baseName}.iso";
      isoName = config.image.fileName;
      inherit (cfg) volumeID contents compressImage;
      kernel = config.system.build.kernel;
      initrd = "${config.system.build.initialRamdisk}/${config.system.boot.loader.initrdFile}";
      squashfs = config.system.build.squashfsStore;
      toplevel = config.system.build.toplevel;
      inherit (config.boot) kernelParams;
      bios = cfg.makeBiosBootable;
      efi = cfg.makeEfiBootable;
      usb = cfg.makeUsbBootable;
      isolinux = package "isolinux";
      syslinux = package "syslinux-common";
      systemdBoot = package "systemd-boot-efi";
      menuLabel = menuLabel config;
      timeout = config.boot.loader.timeout;
      inherit (cfg) showConfiguration;
      # Each specialisation that shows itself gets its entries after the system's, booting its own system
      # (kernel, initrd and parameters). The medium's label is the one this image has, whatever the
      # specialisation's own isoImage.volumeID would be: the builder adds it.
      specialisations = lib.mapAttrsToList (name: variant: let c = variant.configuration; in {
        inherit name;
        menuLabel = menuLabel c;
        toplevel = c.system.build.toplevel;
        kernel = c.system.build.kernel;
        initrd = "${c.system.build.initialRamdisk}/${c.system.boot.loader.initrdFile}";
        kernelParams = lib.filter (p: !lib.hasPrefix "root=" p) c.boot.kernelParams;
      }) (lib.filterAttrs (_: variant: variant.configuration.isoImage.showConfiguration) config.specialisation);
    });

    # The store of the medium is registered and made the system profile at boot. nix.package's programs are
    # found through PATH: Debian's build of Nix keeps them in usr/bin, not bin.
    boot.postBootCommands = ''
      PATH=${config.nix.package.out}/bin:${config.nix.package.out}/usr/bin:$PATH
      nix-store --load-db < /nix/store/nix-path-registration
      touch /etc/NIXOS
      nix-env -p /nix/var/nix/profiles/system --set /run/current-system
    '';

    # vfat lets users copy the medium's contents to a USB disk.
    boot.initrd.supportedFilesystems = [ "vfat" ];
  };
}
