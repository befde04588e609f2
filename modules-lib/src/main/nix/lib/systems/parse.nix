# Platforms as data: the CPUs, vendors, kernels and ABIs nixj knows, and the parsing of system strings
# ("x86_64-linux", "aarch64-unknown-linux-musl") into `{ cpu; vendor; kernel; abi; }` and back.
{ lib }:
let
  inherit (lib.attrsets) mapAttrs;
  inherit (builtins) length elemAt concatStringsSep;

  # Each table entry gets its name and a `_type`, so patterns can compare whole entries.
  table = type: mapAttrs (name: attrs: { _type = type; inherit name; } // attrs);
in
rec {
  significantBytes = table "significant-byte" {
    littleEndian = { };
    bigEndian = { };
  };

  cpuTypes = with significantBytes; table "cpu-type" {
    x86_64 = { bits = 64; significantByte = littleEndian; family = "x86"; arch = "x86-64"; };
    i686 = { bits = 32; significantByte = littleEndian; family = "x86"; arch = "i686"; };
    i386 = { bits = 32; significantByte = littleEndian; family = "x86"; arch = "i386"; };
    aarch64 = { bits = 64; significantByte = littleEndian; family = "arm"; version = "8"; arch = "armv8-a"; };
    armv6l = { bits = 32; significantByte = littleEndian; family = "arm"; version = "6"; arch = "armv6"; };
    armv7l = { bits = 32; significantByte = littleEndian; family = "arm"; version = "7"; arch = "armv7-a"; };
    riscv32 = { bits = 32; significantByte = littleEndian; family = "riscv"; };
    riscv64 = { bits = 64; significantByte = littleEndian; family = "riscv"; };
    powerpc64 = { bits = 64; significantByte = bigEndian; family = "power"; };
    powerpc64le = { bits = 64; significantByte = littleEndian; family = "power"; };
    mips64el = { bits = 64; significantByte = littleEndian; family = "mips"; };
    loongarch64 = { bits = 64; significantByte = littleEndian; family = "loongarch"; };
    s390x = { bits = 64; significantByte = bigEndian; family = "s390"; };
    wasm32 = { bits = 32; significantByte = littleEndian; family = "wasm"; };
    wasm64 = { bits = 64; significantByte = littleEndian; family = "wasm"; };
  };

  vendors = table "vendor" {
    apple = { };
    pc = { };
    w64 = { };
    none = { };
    unknown = { };
  };

  execFormats = table "exec-format" {
    elf = { };
    macho = { };
    pe = { };
    wasm = { };
    unknown = { };
  };

  kernelFamilies = table "kernel-family" {
    bsd = { };
    darwin = { };
  };

  kernels = with execFormats; with kernelFamilies; table "kernel" {
    linux = { execFormat = elf; families = { }; };
    darwin = { execFormat = macho; families = { inherit darwin; }; };
    freebsd = { execFormat = elf; families = { inherit bsd; }; };
    netbsd = { execFormat = elf; families = { inherit bsd; }; };
    openbsd = { execFormat = elf; families = { inherit bsd; }; };
    windows = { execFormat = pe; families = { }; };
    wasi = { execFormat = wasm; families = { }; };
    none = { execFormat = unknown; families = { }; };
  };

  abis = table "abi" {
    gnu = { };
    gnueabi = { float = "soft"; };
    gnueabihf = { float = "hard"; };
    musl = { };
    musleabi = { float = "soft"; };
    musleabihf = { float = "hard"; };
    android = { };
    eabi = { float = "soft"; };
    eabihf = { float = "hard"; };
    elf = { };
    msvc = { };
    none = { };
    unknown = { };
  };

  # The ABI a bare "cpu-kernel" double implies.
  defaultAbi = cpu: kernel:
    if kernel.name == "linux" then
      (if cpu.family == "arm" && cpu.bits == 32 then abis.gnueabihf else abis.gnu)
    else if kernel.name == "windows" then
      abis.msvc
    else
      abis.unknown;

  defaultVendor = kernel:
    if kernel.name == "darwin" then vendors.apple else if kernel.name == "windows" then vendors.pc else vendors.unknown;

  lookup = what: tableOf: name: s:
    tableOf.${name} or (throw "Unknown ${what} '${name}' in system '${s}'; nixj knows: ${concatStringsSep ", " (builtins.attrNames tableOf)}");

  mkSystem = { cpu, vendor, kernel, abi }: { _type = "system"; inherit cpu vendor kernel abi; };

  # "cpu-kernel", "cpu-kernel-abi", "cpu-vendor-kernel" or "cpu-vendor-kernel-abi".
  mkSystemFromString = s:
    let
      parts = lib.strings.splitString "-" s;
      n = length parts;
      part = elemAt parts;
      cpu = lookup "CPU" cpuTypes (part 0) s;
      kernelAt = i: lookup "kernel" kernels (part i) s;
      fromParts = { vendor ? null, kernel, abi ? null }: mkSystem {
        inherit cpu kernel;
        vendor = if vendor == null then defaultVendor kernel else lookup "vendor" vendors vendor s;
        abi = if abi == null then defaultAbi cpu kernel else lookup "ABI" abis abi s;
      };
    in
    if n == 2 then
      fromParts { kernel = kernelAt 1; }
    else if n == 3 && kernels ? ${part 1} then
      fromParts { kernel = kernelAt 1; abi = part 2; }
    else if n == 3 && part 2 == "elf" then
      fromParts { vendor = part 1; kernel = kernels.none; abi = "elf"; }
    else if n == 3 then
      fromParts { vendor = part 1; kernel = kernelAt 2; }
    else if n == 4 then
      fromParts { vendor = part 1; kernel = kernelAt 2; abi = part 3; }
    else
      throw "Cannot parse system '${s}': expected cpu-kernel or cpu-vendor-kernel-abi";

  # The Nix system double: "x86_64-linux", "aarch64-darwin".
  doubleFromSystem = { cpu, kernel, abi, ... }:
    if kernel.name == "none" && abi.name != "unknown" && abi.name != "none" then
      "${cpu.name}-${abi.name}"
    else
      "${cpu.name}-${kernel.name}";

  # The GNU configuration triple: "x86_64-unknown-linux-gnu", "aarch64-apple-darwin".
  tripleFromSystem = { cpu, vendor, kernel, abi, ... }:
    "${cpu.name}-${vendor.name}-${kernel.name}${lib.strings.optionalString (abi.name != "unknown") "-${abi.name}"}";

  # Whether code for CPU `b` runs on CPU `a`.
  isCompatible = a: b:
    a.name == b.name
    || (a.name == "x86_64" && (b.family == "x86" && b.bits == 32))
    || (a.name == "i686" && b.name == "i386")
    || (a.name == "aarch64" && b.family == "arm" && b.bits == 32)
    || (a.name == "armv7l" && b.name == "armv6l");
}
