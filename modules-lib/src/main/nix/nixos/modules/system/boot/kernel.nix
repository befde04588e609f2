# The kernel: its package set, parameters and modules, and the modules of the initrd.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types optionals optional;
  hostPlatform = pkgs.stdenv.hostPlatform;

  kernelParam = types.strMatching ''([^"[:space:]]|"[^"]*")+'' // {
    name = "kernelParam";
    description = "string, with spaces inside double quotes";
  };
in
{
  options = {
    boot.kernel.enable = lib.mkEnableOption "the Linux kernel (containers run without one)" // { default = true; };

    boot.kernel.features = mkOption {
      default = { };
      internal = true;
      description = "Kernel features other modules rely on.";
    };

    boot.kernelPackages = mkOption {
      # The package set of the kernel; read only when something needs the kernel (nixj has no packages yet).
      default = pkgs.linuxPackages;
      type = types.raw;
      apply = kernelPackages: kernelPackages.extend (self: super: {
        kernel = super.kernel.override (original: {
          kernelPatches = (original.kernelPatches or [ ]) ++ config.boot.kernelPatches;
          features = lib.recursiveUpdate super.kernel.features config.boot.kernel.features;
        });
      });
      defaultText = lib.literalExpression "pkgs.linuxPackages";
      example = lib.literalExpression "pkgs.linuxPackages_latest";
      description = "The Linux kernel and the kernel module packages built for it.";
    };

    boot.kernelPatches = mkOption {
      type = types.listOf types.attrs;
      default = [ ];
      description = "Patches applied to the kernel, each `{ name; patch; ... }`.";
    };

    boot.kernelParams = mkOption {
      type = types.listOf kernelParam;
      default = [ ];
      description = "Parameters added to the kernel command line.";
    };

    boot.consoleLogLevel = mkOption {
      type = types.int;
      default = 4;
      description = "The kernel console log level: messages below it reach the console.";
    };

    boot.vesa = mkOption {
      type = types.bool;
      default = false;
      description = "(Deprecated) Boot in VESA 800x600 without kernel mode setting.";
    };

    boot.extraModulePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ config.boot.kernelPackages.nvidia_x11 ]";
      description = "Packages that supply more kernel modules.";
    };

    boot.kernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Kernel modules loaded in the second stage of the boot.";
    };

    boot.blacklistedKernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "cirrusfb" "i2c_piix4" ];
      description = "Kernel modules that are never loaded automatically.";
    };

    boot.extraModprobeConfig = mkOption {
      type = types.lines;
      default = "";
      example = "options parport_pc io=0x378 irq=7 dma=1";
      description = "Lines added to modprobe.conf (module options).";
    };

    boot.initrd.availableKernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "sata_nv" "ext3" ];
      description = "Kernel modules the initrd holds, loaded when needed (with their dependencies).";
    };

    boot.initrd.kernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Kernel modules the initrd always loads.";
    };

    boot.initrd.includeDefaultModules = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the initrd gets NixOS's default set of storage and virtualisation modules.";
    };

    system.requiredKernelConfig = mkOption {
      type = types.listOf types.attrs;
      default = [ ];
      internal = true;
      description = "Kernel configuration settings modules need.";
    };
  };

  config = lib.mkMerge [
    (lib.mkIf config.boot.initrd.enable {
      boot.initrd.availableKernelModules = optionals config.boot.initrd.includeDefaultModules (
        [
          "ahci" "ata_piix"
          "sata_inic162x" "sata_nv" "sata_promise" "sata_qstor" "sata_sil" "sata_sil24" "sata_sis" "sata_svw"
          "sata_sx4" "sata_uli" "sata_via" "sata_vsc"
          "pata_ali" "pata_amd" "pata_artop" "pata_atiixp" "pata_efar" "pata_hpt366" "pata_hpt37x" "pata_hpt3x2n"
          "pata_hpt3x3" "pata_it8213" "pata_it821x" "pata_jmicron" "pata_marvell" "pata_mpiix" "pata_netcell"
          "pata_ns87410" "pata_oldpiix" "pata_pcmcia" "pata_pdc2027x" "pata_qdi" "pata_rz1000" "pata_serverworks"
          "pata_sil680" "pata_sis" "pata_sl82c105" "pata_triflex" "pata_via" "pata_winbond"
          "3w-9xxx" "3w-xxxx" "aic79xx" "aic7xxx" "arcmsr" "hpsa"
          "uas" "sdhci_pci" "nvme" "ohci1394" "sbp2"
          "virtio_net" "virtio_pci" "virtio_mmio" "virtio_blk" "virtio_scsi" "virtio_balloon" "virtio_console"
          "mptspi" "vmxnet3" "vsock"
        ]
        ++ optional hostPlatform.isx86 "vmw_balloon"
        ++ optionals (hostPlatform.isi686 || hostPlatform.isx86_64) [ "vmw_vmci" "vmwgfx" "vmw_vsock_vmci_transport" "hv_storvsc" ]
        ++ optionals hostPlatform.isAarch [ "simplefb" "sun4i-drm" "sun8i-mixer" "pwm-sun4i" "vc4" ]
        ++ optionals hostPlatform.isAarch64 [
          "pcie-brcmstb" "dw-hdmi" "dw-mipi-dsi" "rockchipdrm" "rockchip-rga" "phy-rockchip-pcie" "pcie-rockchip-host"
          "panel-simple" "pwm-bl" "axp20x-ac-power" "axp20x-battery" "pinctrl-axp209" "mp8859" "xhci-pci-renesas"
          "reset-raspberrypi" "analogix-dp" "analogix-anx6345"
        ]);

      boot.initrd.kernelModules = optionals config.boot.initrd.includeDefaultModules [ "dm_mod" ];
    })

    (lib.mkIf config.boot.kernel.enable {
      system.build.kernel = config.boot.kernelPackages.kernel;

      # Debian's kernel keeps its image at boot/vmlinuz-<version>, not at the platform's bzImage.
      system.boot.loader.kernelFile = lib.mkDefault (config.boot.kernelPackages.kernel.kernelFile
        or pkgs.stdenv.hostPlatform.linux-kernel.target);

      boot.kernelParams = [ "loglevel=${toString config.boot.consoleLogLevel}" ]
        ++ optionals config.boot.vesa [ "vga=0x317" "nomodeset" ];

      boot.kernel.sysctl."kernel.printk" = lib.mkDefault config.boot.consoleLogLevel;

      boot.kernelModules = [ "loop" "atkbd" ];

      # systemd-modules-load loads boot.kernelModules early in the boot.
      environment.etc."modules-load.d/nixos.conf".source = pkgs.writeText "nixos.conf" ''
        ${lib.concatStringsSep "\n" config.boot.kernelModules}
      '';

      # The running system's modules: /lib/modules is sw's, so the kernel's module tree, the extra module
      # packages and the indexes depmod would make (so that udev loads drivers and modprobe works) go into the
      # system's packages. NixOS links an aggregate of them as /run/booted-system/kernel-modules instead.
      system.build.modulesIndex = pkgs.nixjInProcess "nixj-depmod" {
        name = "kernel-modules-index";
        kernel = "${config.boot.kernelPackages.kernel}";
      };
      environment.systemPackages = [ config.boot.kernelPackages.kernel config.system.build.modulesIndex ]
        ++ config.boot.extraModulePackages;
    })
  ];
}
