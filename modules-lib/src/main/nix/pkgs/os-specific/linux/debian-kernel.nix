# boot.kernelPackages made from Debian's kernel: `kernel` is the versioned linux-image-<abi>-<arch> package of
# the package set (Debian's meta package linux-image-<arch> only depends on it), with what NixOS's modules read
# of a kernel: version, modDirVersion, features, kernelAtLeast, kernelOlder, override, and kernelFile (where
# the image is). Null when the set has no such package (the caller then throws, naming what it lacks).
{ lib, hostPlatform, pkgs }:
let
  arch = if hostPlatform.isx86_64 then "amd64" else if hostPlatform.isAarch64 then "arm64" else null;
  names = if arch == null then [ ]
    else lib.filter (n: builtins.match "linux-image-[0-9]+[.][0-9]+[.][0-9]+-[0-9]+-${arch}" n != null) (builtins.attrNames pkgs);

  kernelOf = attribute:
    let
      package = pkgs.${attribute};
      modDirVersion = lib.removePrefix "linux-image-" attribute;
      # Debian's "6.1.192-3" is the upstream 6.1.192; the ABI name 6.1.0-57 only when the package has no version.
      version = builtins.head (lib.splitString "-" (package.version or modDirVersion));
      kernel = package // {
        inherit version modDirVersion;
        # Where the image is inside the package (NixOS's kernels have it at hostPlatform.linux-kernel.target).
        kernelFile = "boot/vmlinuz-${modDirVersion}";
        features = { };
        kernelAtLeast = lib.versionAtLeast version;
        kernelOlder = lib.versionOlder version;
        # NixOS's kernel.nix adds boot.kernelPatches and boot.kernel.features this way; Debian's kernel is
        # built already, so patches cannot apply.
        override = f:
          let args = f { kernelPatches = [ ]; inherit (kernel) features; }; in
          if (args.kernelPatches or [ ]) != [ ]
          then throw "nixj cannot patch Debian's prebuilt kernel ${attribute} (boot.kernelPatches: ${lib.concatMapStringsSep ", " (p: p.name or "unnamed") args.kernelPatches})"
          else kernel // { features = args.features or { }; };
      };
    in
    kernel;
in
if names == [ ] then null
else if builtins.length names > 1
then throw "the package set has several Debian kernels (${lib.concatStringsSep ", " names}); set boot.kernelPackages to one"
else lib.makeExtensible (_: { kernel = kernelOf (builtins.head names); })
