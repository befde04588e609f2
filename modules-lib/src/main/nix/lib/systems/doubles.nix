# The system doubles nixj knows, all of them and grouped (lib.platforms is this set): `linux`, `x86_64`,
# `darwin`, `unix`, ... as meta.platforms lists them.
{ lib }:
let
  inherit (lib.systems.inspect) predicates;
  inherit (lib.systems.parse) mkSystemFromString;

  all = [
    "aarch64-linux" "armv6l-linux" "armv7l-linux" "i686-linux" "loongarch64-linux" "mips64el-linux"
    "powerpc64-linux" "powerpc64le-linux" "riscv32-linux" "riscv64-linux" "s390x-linux" "x86_64-linux"
    "aarch64-darwin" "x86_64-darwin"
    "aarch64-freebsd" "i686-freebsd" "x86_64-freebsd"
    "x86_64-netbsd" "x86_64-openbsd"
    "i686-windows" "x86_64-windows"
    "wasm32-wasi" "wasm64-wasi"
    "aarch64-none" "riscv32-none" "riscv64-none" "x86_64-none"
  ];

  hosted = builtins.filter (s: !(lib.strings.hasSuffix "-none" s)) all;

  # The doubles whose parsed system satisfies a predicate.
  matching = pred: builtins.filter (s: pred (mkSystemFromString s)) hosted;
in
{
  inherit all;
  none = builtins.filter (lib.strings.hasSuffix "-none") all;

  arm = matching predicates.isAarch32;
  armv7 = matching predicates.isArmv7;
  aarch = matching predicates.isAarch;
  aarch64 = matching predicates.isAarch64;
  x86 = matching predicates.isx86;
  i686 = matching predicates.isi686;
  x86_64 = matching predicates.isx86_64;
  riscv = matching predicates.isRiscV;
  power = matching predicates.isPower;
  mips = matching predicates.isMips;
  loongarch64 = matching predicates.isLoongArch64;
  s390x = matching predicates.isS390x;
  wasi = matching predicates.isWasi;
  bigEndian = matching predicates.isBigEndian;
  littleEndian = matching predicates.isLittleEndian;

  linux = matching predicates.isLinux;
  darwin = matching predicates.isDarwin;
  freebsd = matching predicates.isFreeBSD;
  netbsd = matching predicates.isNetBSD;
  openbsd = matching predicates.isOpenBSD;
  windows = matching predicates.isWindows;
  unix = matching predicates.isUnix;
  gnu = matching predicates.isLinux;
}
