# Platforms: parsing system strings, predicates on them, and `elaborate`, which turns "x86_64-linux" (or
# `{ system = ...; }`, `{ config = ...; }` with overrides) into the full description NixOS and packages read
# as `stdenv.hostPlatform`.
{ lib }:
let
  inherit (lib.attrsets) mapAttrs optionalAttrs;
  inherit (lib.strings) toUpper replaceStrings;

  parse = import ./parse.nix { inherit lib; };
  inspect = import ./inspect.nix { inherit lib; };
  platforms = import ./platforms.nix { inherit lib; };

  # Per CPU, the names other tools use for it.
  archNames = cpu: {
    # Linux's ARCH= for kernel builds.
    linuxArch = {
      x86_64 = "x86_64"; i686 = "x86"; i386 = "x86"; aarch64 = "arm64"; armv6l = "arm"; armv7l = "arm";
      riscv32 = "riscv"; riscv64 = "riscv"; powerpc64 = "powerpc"; powerpc64le = "powerpc";
      mips64el = "mips"; loongarch64 = "loongarch"; s390x = "s390";
    }.${cpu.name} or cpu.name;
    # QEMU's system emulator suffix.
    qemuArch = {
      i686 = "i386"; armv6l = "arm"; armv7l = "arm"; powerpc64 = "ppc64"; powerpc64le = "ppc64le";
    }.${cpu.name} or cpu.name;
    # UEFI's file-name suffix (BOOTX64.EFI); null where there is no UEFI.
    efiArch = {
      x86_64 = "x64"; i686 = "ia32"; i386 = "ia32"; aarch64 = "aa64"; armv6l = "arm"; armv7l = "arm";
      riscv64 = "riscv64"; loongarch64 = "loongarch64";
    }.${cpu.name} or null;
    darwinArch = { x86_64 = "x86_64"; aarch64 = "arm64"; }.${cpu.name} or cpu.name;
  };

  libcOf = parsed:
    if parsed.abi.name == "android" then "bionic"
    else if inspect.predicates.isMusl parsed then "musl"
    else if parsed.kernel.name == "linux" then "glibc"
    else if parsed.kernel.name == "darwin" then "libSystem"
    else if parsed.kernel.name == "windows" then "msvcrt"
    else if parsed.kernel.name == "wasi" then "wasilibc"
    else if parsed.kernel.name == "none" then null
    else "native";

  unameSystem = {
    linux = "Linux"; darwin = "Darwin"; freebsd = "FreeBSD"; netbsd = "NetBSD"; openbsd = "OpenBSD";
    windows = "Windows"; wasi = "Wasi";
  };

  # The string or set elaborate was given, as a set with `system` or `config`.
  toArgs = systemOrArgs: if builtins.isString systemOrArgs then { system = systemOrArgs; } else systemOrArgs;

  elaborate = systemOrArgs:
    let
      args = toArgs systemOrArgs;
      parsed = parse.mkSystemFromString (args.config or args.system);
      predicates = mapAttrs (_: pred: pred parsed) inspect.predicates;
      hardware = platforms.select predicates;
      final = {
        inherit parsed;
        system = parse.doubleFromSystem parsed;
        config = parse.tripleFromSystem parsed;

        libc = libcOf parsed;
        isStatic = false;
        useLLVM = false;
        useAndroidPrebuilt = false;
        useiOSPrebuilt = false;
        linker = if final.isDarwin then "cctools" else "bfd";
        hasSharedLibraries = !final.isStatic && !final.isNone;
        isEfi = final.efiArch != null && !final.isDarwin;

        extensions = {
          sharedLibrary =
            if final.isDarwin then ".dylib" else if final.isWindows then ".dll" else ".so";
          staticLibrary = if final.isWindows then ".lib" else ".a";
          library = if final.isStatic then final.extensions.staticLibrary else final.extensions.sharedLibrary;
          executable = if final.isWindows then ".exe" else "";
        };

        uname = {
          system = unameSystem.${parsed.kernel.name} or null;
          processor =
            if final.isPower64 then "ppc64${lib.strings.optionalString final.isLittleEndian "le"}"
            else if final.isMips64 then "mips64"
            else parsed.cpu.name;
          release = null;
        };

        linux-kernel = hardware.linux-kernel;
        gcc = hardware.gcc or { };

        rust = rec {
          rustcTarget =
            if parsed.cpu.name == "armv7l" then "armv7-unknown-linux-${parsed.abi.name}" else final.config;
          rustcTargetSpec = rustcTarget;
          cargoShortTarget = rustcTarget;
          cargoEnvVarTarget = toUpper (replaceStrings [ "-" ] [ "_" ] cargoShortTarget);
        };

        # Whether binaries for `platform` run here.
        canExecute = platform:
          final.isAndroid == platform.isAndroid
          && parse.isCompatible final.parsed.cpu platform.parsed.cpu
          && final.parsed.kernel == platform.parsed.kernel;
      }
      // archNames parsed.cpu
      // predicates
      // removeAttrs args [ "system" "config" ];
    in
    assert final.useAndroidPrebuilt -> final.isAndroid;
    final;
in
{
  inherit parse inspect platforms elaborate;
  doubles = import ./doubles.nix { inherit lib; };
  examples = import ./examples.nix { inherit lib; };

  # The systems flakes are expected to expose packages for.
  flakeExposed = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "armv6l-linux" "armv7l-linux" "i686-linux"
    "aarch64-darwin" "powerpc64le-linux" "riscv64-linux" "x86_64-freebsd" ];

  # Whether two elaborated systems describe the same platform.
  equals = a: b: a.system == b.system && a.config == b.config && a.parsed == b.parsed;
}
