# The builders of a live medium, run by nixj in-process (the build module's org.nixj.build.image): an initrd
# of busybox and kernel modules, the squashfs of a store closure, and a bootable ISO 9660 image. NixOS's
# iso-image.nix and stage-1.nix call them; what each attribute means is in the builders' documentation.
{ system }:
let
  inProcess = import ./in-process.nix { inherit system; };
in
{
  # $out/initrd: /init (the stage-1 script), busybox with links for `applets`, and the modules of `kernel` that
  # `kernelModules` (loaded at boot, in order) and `availableKernelModules` name, with their dependencies.
  makeNixjInitrd =
    { name ? "initrd"
    , kernel
    , busybox
    , init
    , kernelModules ? [ ]
    , availableKernelModules ? [ ]
    , applets
    , compressor ? "xz"
    }:
    inProcess "nixj-initrd" {
      inherit name init kernelModules availableKernelModules applets compressor;
      kernel = toString kernel;
      busybox = toString busybox;
    };

  # The image itself ($out): the closure of `storeContents` laid out as /nix/store's contents.
  makeNixjSquashfs =
    { name ? "nix-store.squashfs"
    , storeContents
    , compression
    }:
    inProcess "nixj-squashfs" {
      inherit name compression;
      storePaths = map toString storeContents;
    };

  # $out/iso/<isoName> and $out/nix-support/hydra-build-products.
  makeNixjIsoImage =
    { name
    , isoName
    , volumeID
    , kernel
    , initrd
    , squashfs
    , toplevel
    , kernelParams
    , contents ? [ ]
    , bios ? false
    , efi ? false
    , usb ? false
    , isolinux ? null
    , syslinux ? null
    , systemdBoot ? null
    , menuLabel
    , timeout ? null
    , compressImage ? false
    # Whether the menu offers the system itself (isoImage.showConfiguration), and the specialisations it
    # offers too: { name; menuLabel; toplevel; kernel; initrd; kernelParams; } each, in menu order.
    , showConfiguration ? true
    , specialisations ? [ ]
    }:
    inProcess "nixj-iso" ({
      inherit name isoName volumeID kernelParams bios efi usb menuLabel timeout compressImage;
      kernel = toString kernel;
      initrd = toString initrd;
      squashfs = toString squashfs;
      toplevel = toString toplevel;
      contents = map (c: { source = toString c.source; inherit (c) target; }) contents;
    }
    // (if bios then { isolinux = toString isolinux; syslinux = toString syslinux; } else { })
    // (if efi then { systemdBoot = toString systemdBoot; } else { })
    # (Given only when used, so that an image without them is the same derivation as before they existed.)
    // (if showConfiguration then { } else { hideConfiguration = true; })
    // (if specialisations == [ ] then { } else {
      specialisations = map (s: {
        inherit (s) name menuLabel kernelParams;
        toplevel = toString s.toplevel;
        kernel = toString s.kernel;
        initrd = toString s.initrd;
      }) specialisations;
    }));
}
