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

  checkMeta = import ../../top-level/check-meta.nix { inherit lib; inherit (pkgs) config; };

  # Out-of-tree kernel modules that configurations name (boot.extraModulePackages). nixj builds none yet (Debian
  # has them as DKMS sources, compiled on the machine): each has nixpkgs' name and meta, so a configuration
  # evaluates, and its paths throw, after nixpkgs' check of unfree licences, when something needs them.
  modulePackage = kernel: spec:
    let
      name = "${spec.pname}-${spec.version}-${kernel.version}";
      where = builtins.unsafeGetAttrPos "pname" spec;
      unbuildable = throw "nixj cannot build the kernel module package '${name}' yet: out-of-tree modules are not in its Debian package set";
      package = {
        type = "derivation";
        inherit name;
        inherit (spec) pname;
        version = "${spec.version}-${kernel.version}";
        outputs = [ "out" ];
        outputName = "out";
        meta = {
          inherit (spec) description license;
          platforms = [ "x86_64-linux" "aarch64-linux" ];
          position = "${where.file}:${toString where.line}";
        };
        drvPath = checkMeta.checked package unbuildable;
        outPath = checkMeta.checked package unbuildable;
      };
    in
    package;

  modulePackages = kernel: {
    broadcom_sta = modulePackage kernel {
      pname = "broadcom-sta";
      version = "6.30.223.271-57";
      description = "Broadcom's driver for BCM43xx wireless chips (the wl module)";
      license = lib.licenses.unfreeRedistributable;
    };
    v4l2loopback = modulePackage kernel {
      pname = "v4l2loopback";
      version = "0.15.0";
      description = "A kernel module that makes virtual video devices";
      license = lib.licenses.gpl2Only;
    };
    acpi_call = modulePackage kernel {
      pname = "acpi-call";
      version = "1.2.2";
      description = "A kernel module that calls ACPI methods from user space";
      license = lib.licenses.gpl3Plus;
    };
  };
in
if names == [ ] then null
else if builtins.length names > 1
then throw "the package set has several Debian kernels (${lib.concatStringsSep ", " names}); set boot.kernelPackages to one"
else lib.makeExtensible (_: let kernel = kernelOf (builtins.head names); in { inherit kernel; } // modulePackages kernel)
