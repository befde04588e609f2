# The live medium's derivations once the package set has Debian's packages (stand-ins made with writeTextDir):
# the initrd and the squashfs are nixj's in-process builders with NixOS's options as attributes, and the
# kernel is Debian's versioned linux-image package.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  debian = self: super: {
    "busybox-static" = self.writeTextDir "bin/busybox" "busybox";
    "linux-image-6.1.0-57-amd64" = self.writeTextDir "boot/vmlinuz-6.1.0-57-amd64" "kernel" // { version = "6.1.192-3"; };
  };
in
let
  c = n.config [ n.installerMinimal { nixpkgs.overlays = [ debian ]; isoImage.squashfsCompression = "xz -Xdict-size 100%"; } ];
  initrd = c.system.build.initialRamdisk;
  squashfs = c.system.build.squashfsStore;
  kernel = c.boot.kernelPackages.kernel;
in
{
  initrd = {
    inherit (initrd) name builder compressor kernelModules;
    structured = initrd.__structuredAttrs;
    kernelIsDebians = initrd.kernel == "${kernel}";
    available = builtins.length initrd.availableKernelModules;
    initLines = builtins.length (n.lib.splitString "\n" initrd.init) > 50;
  };
  squashfs = { inherit (squashfs) name builder compression; roots = builtins.length squashfs.storePaths; };
  kernel = { inherit (kernel) version modDirVersion; threads = kernel.kernelAtLeast "6.2"; older = kernel.kernelOlder "6.2"; };
  ro-store = c.fileSystems."/nix/.ro-store".options;
}
