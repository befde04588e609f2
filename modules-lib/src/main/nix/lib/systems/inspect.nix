# Predicates on parsed systems: each pattern is a partial `{ cpu; vendor; kernel; abi; }` (or a list of
# alternatives) that matchAttrs compares with a system's `parsed`.
{ lib }:
let
  inherit (lib.systems.parse) cpuTypes kernels abis significantBytes execFormats vendors;
  anyOf = patterns: parsed: lib.lists.any (p: lib.attrsets.matchAttrs p parsed) (lib.lists.toList patterns);
in
rec {
  patterns = rec {
    isi686 = { cpu = cpuTypes.i686; };
    isx86_32 = { cpu = { family = "x86"; bits = 32; }; };
    isx86_64 = { cpu = cpuTypes.x86_64; };
    isx86 = { cpu = { family = "x86"; }; };
    isAarch32 = { cpu = { family = "arm"; bits = 32; }; };
    isArmv7 = { cpu = { family = "arm"; version = "7"; }; };
    isAarch64 = { cpu = { family = "arm"; bits = 64; }; };
    isAarch = { cpu = { family = "arm"; }; };
    isRiscV = { cpu = { family = "riscv"; }; };
    isRiscV32 = { cpu = { family = "riscv"; bits = 32; }; };
    isRiscV64 = { cpu = { family = "riscv"; bits = 64; }; };
    isPower = { cpu = { family = "power"; }; };
    isPower64 = { cpu = { family = "power"; bits = 64; }; };
    isMips = { cpu = { family = "mips"; }; };
    isMips64 = { cpu = { family = "mips"; bits = 64; }; };
    isLoongArch64 = { cpu = { family = "loongarch"; bits = 64; }; };
    isS390 = { cpu = { family = "s390"; }; };
    isS390x = { cpu = { family = "s390"; bits = 64; }; };
    isWasm = { cpu = { family = "wasm"; }; };
    is32bit = { cpu = { bits = 32; }; };
    is64bit = { cpu = { bits = 64; }; };
    isLittleEndian = { cpu = { significantByte = significantBytes.littleEndian; }; };
    isBigEndian = { cpu = { significantByte = significantBytes.bigEndian; }; };

    isLinux = { kernel = kernels.linux; };
    isDarwin = { kernel = { families = { inherit (lib.systems.parse.kernelFamilies) darwin; }; }; };
    isMacOS = { kernel = kernels.darwin; };
    isBSD = { kernel = { families = { inherit (lib.systems.parse.kernelFamilies) bsd; }; }; };
    isFreeBSD = { kernel = kernels.freebsd; };
    isNetBSD = { kernel = kernels.netbsd; };
    isOpenBSD = { kernel = kernels.openbsd; };
    isWindows = { kernel = kernels.windows; };
    isWasi = { kernel = kernels.wasi; };
    isNone = { kernel = kernels.none; };
    isUnix = [ isLinux isDarwin isBSD ];

    isGnu = map (abi: { kernel = kernels.linux; inherit abi; }) [ abis.gnu abis.gnueabi abis.gnueabihf ];
    isMusl = map (abi: { inherit abi; }) [ abis.musl abis.musleabi abis.musleabihf ];
    isAndroid = { abi = abis.android; };

    # Platforms nixj does not parse: the predicates exist, and hold for none of the systems above.
    isMinGW = { kernel = kernels.windows; abi = { name = "gnu"; }; };
    isCygwin = { kernel = kernels.windows; abi = { name = "cygnus"; }; };
    isiOS = { kernel = { name = "ios"; }; };
    isSunOS = { kernel = { name = "solaris"; }; };
    isUClibc = { abi = { name = "uclibc"; }; };
    isJavaScript = { cpu = { family = "javascript"; }; };
    isGhcjs = { kernel = { name = "ghcjs"; }; };
    isILP32 = map (name: { abi = { abi = name; }; }) [ "n32" "ilp32" "x32" ];

    isElf = { kernel = { execFormat = execFormats.elf; }; };
    isMacho = { kernel = { execFormat = execFormats.macho; }; };
    isPE = { kernel = { execFormat = execFormats.pe; }; };
  };

  # Patterns on elaborated systems rather than on their `parsed` part, for meta.platforms. Their empty
  # `parsed` tells platformMatch to match them against the whole system.
  platformPatterns = lib.attrsets.mapAttrs (_: pattern: { parsed = { }; } // pattern) {
    isStatic = { isStatic = true; };
  };

  # Each pattern as a function of a parsed system.
  predicates = lib.attrsets.mapAttrs (_: anyOf) patterns;
}
