# lib.systems and lib.platforms: parsing system strings, elaborate, predicates, doubles.
{ lib }:
with lib;
let
  x86 = systems.elaborate "x86_64-linux";
  arm = systems.elaborate "aarch64-linux";
  mac = systems.elaborate "aarch64-darwin";
  musl = systems.elaborate { config = "x86_64-unknown-linux-musl"; };
  pi = systems.elaborate "armv7l-linux";
in
{
  x86_64-linux-names = { expr = { inherit (x86) system config linuxArch qemuArch efiArch; }; expected = { system = "x86_64-linux"; config = "x86_64-unknown-linux-gnu"; linuxArch = "x86_64"; qemuArch = "x86_64"; efiArch = "x64"; }; };
  x86_64-linux-predicates = {
    expr = { inherit (x86) isLinux isx86_64 isx86 is64bit isAarch64 isDarwin isGnu isMusl isEfi isLittleEndian isUnix; };
    expected = { isLinux = true; isx86_64 = true; isx86 = true; is64bit = true; isAarch64 = false; isDarwin = false; isGnu = true; isMusl = false; isEfi = true; isLittleEndian = true; isUnix = true; };
  };
  x86_64-linux-parsed = {
    expr = [ x86.parsed.cpu.name x86.parsed.cpu.bits x86.parsed.cpu.family x86.parsed.kernel.name x86.parsed.abi.name x86.parsed.vendor.name ];
    expected = [ "x86_64" 64 "x86" "linux" "gnu" "unknown" ];
  };
  x86_64-linux-kernel = { expr = { inherit (x86.linux-kernel) name target autoModules; }; expected = { name = "pc"; target = "bzImage"; autoModules = true; }; };
  x86_64-linux-libc-uname = { expr = [ x86.libc x86.uname.system x86.uname.processor ]; expected = [ "glibc" "Linux" "x86_64" ]; };
  x86_64-linux-extensions = { expr = x86.extensions.sharedLibrary; expected = ".so"; };
  aarch64-linux-names = { expr = { inherit (arm) system config linuxArch qemuArch efiArch; }; expected = { system = "aarch64-linux"; config = "aarch64-unknown-linux-gnu"; linuxArch = "arm64"; qemuArch = "aarch64"; efiArch = "aa64"; }; };
  aarch64-linux-predicates = {
    expr = { inherit (arm) isLinux isAarch64 isAarch isAarch32 isx86 is64bit isEfi; };
    expected = { isLinux = true; isAarch64 = true; isAarch = true; isAarch32 = false; isx86 = false; is64bit = true; isEfi = true; };
  };
  aarch64-linux-kernel = { expr = { inherit (arm.linux-kernel) name target DTB; }; expected = { name = "aarch64-multiplatform"; target = "Image"; DTB = true; }; };
  aarch64-linux-cpu = { expr = [ arm.parsed.cpu.name arm.parsed.cpu.family arm.parsed.cpu.version arm.gcc.arch ]; expected = [ "aarch64" "arm" "8" "armv8-a" ]; };
  darwin = {
    expr = { inherit (mac) system config isDarwin isLinux isMacOS isUnix libc darwinArch; ext = mac.extensions.sharedLibrary; };
    expected = { system = "aarch64-darwin"; config = "aarch64-apple-darwin"; isDarwin = true; isLinux = false; isMacOS = true; isUnix = true; libc = "libSystem"; darwinArch = "arm64"; ext = ".dylib"; };
  };
  musl-from-config = {
    expr = { inherit (musl) system config isMusl isGnu libc; };
    expected = { system = "x86_64-linux"; config = "x86_64-unknown-linux-musl"; isMusl = true; isGnu = false; libc = "musl"; };
  };
  armv7l-hard-float = { expr = [ pi.config pi.isArmv7 pi.isAarch32 pi.is32bit pi.linuxArch ]; expected = [ "armv7l-unknown-linux-gnueabihf" true true true "arm" ]; };
  elaborate-accepts-set = { expr = (systems.elaborate { system = "x86_64-linux"; }).config; expected = "x86_64-unknown-linux-gnu"; };
  elaborate-overrides = {
    expr = (systems.elaborate { system = "x86_64-linux"; linux-kernel = { name = "custom"; }; isStatic = true; }).linux-kernel.name;
    expected = "custom";
  };
  elaborate-override-feeds-derived = { expr = (systems.elaborate { system = "x86_64-linux"; isStatic = true; }).extensions.library; expected = ".a"; };
  elaborate-config-wins = { expr = (systems.elaborate { system = "aarch64-linux"; config = "x86_64-unknown-linux-gnu"; }).system; expected = "x86_64-linux"; };
  elaborate-unknown-cpu = { expr = (systems.elaborate "foo-linux").system; throws = true; };
  canExecute-same = { expr = x86.canExecute x86; expected = true; };
  canExecute-i686-on-x86_64 = { expr = x86.canExecute (systems.elaborate "i686-linux"); expected = true; };
  canExecute-other-arch = { expr = x86.canExecute arm; expected = false; };
  canExecute-other-kernel = { expr = (systems.elaborate "x86_64-darwin").canExecute x86; expected = false; };
  parse-double = { expr = systems.parse.tripleFromSystem (systems.parse.mkSystemFromString "riscv64-linux"); expected = "riscv64-unknown-linux-gnu"; };
  parse-triple-with-abi = { expr = systems.parse.doubleFromSystem (systems.parse.mkSystemFromString "aarch64-linux-musl"); expected = "aarch64-linux"; };
  parse-round-trip = {
    expr = map (c: systems.parse.tripleFromSystem (systems.parse.mkSystemFromString c)) [ "x86_64-unknown-linux-gnu" "aarch64-apple-darwin" "x86_64-unknown-linux-musl" ];
    expected = [ "x86_64-unknown-linux-gnu" "aarch64-apple-darwin" "x86_64-unknown-linux-musl" ];
  };
  inspect-predicates = { expr = systems.inspect.predicates.isLinux (systems.parse.mkSystemFromString "x86_64-linux"); expected = true; };
  platforms-linux = { expr = [ (elem "x86_64-linux" platforms.linux) (elem "aarch64-linux" platforms.linux) (elem "x86_64-darwin" platforms.linux) ]; expected = [ true true false ]; };
  platforms-darwin = { expr = platforms.darwin; expected = [ "aarch64-darwin" "x86_64-darwin" ]; };
  platforms-x86_64 = { expr = all (s: hasPrefix "x86_64-" s) platforms.x86_64 && elem "x86_64-linux" platforms.x86_64; expected = true; };
  platforms-unix-has-bsd = { expr = [ (elem "x86_64-freebsd" platforms.unix) (elem "x86_64-windows" platforms.unix) ]; expected = [ true false ]; };
  platforms-all-contains-common = { expr = all (s: elem s platforms.all) [ "x86_64-linux" "aarch64-linux" "aarch64-darwin" ]; expected = true; };
  flakeExposed-common = { expr = all (s: elem s systems.flakeExposed) [ "x86_64-linux" "aarch64-linux" ]; expected = true; };
  examples-elaborate = { expr = (systems.elaborate systems.examples.aarch64-multiplatform).system; expected = "aarch64-linux"; };
  meta-platformMatch = { expr = [ (meta.platformMatch x86 "x86_64-linux") (meta.platformMatch x86 { kernel = { name = "linux"; }; }) (meta.platformMatch x86 "aarch64-linux") ]; expected = [ true true false ]; };
  meta-availableOn = {
    expr = [ (meta.availableOn x86 { meta.platforms = platforms.linux; }) (meta.availableOn mac { meta.platforms = platforms.linux; }) (meta.availableOn x86 { }) (meta.availableOn x86 { meta.badPlatforms = [ "x86_64-linux" ]; }) ];
    expected = [ true false true false ];
  };
  unparsed-platform-predicates = { expr = { inherit (x86) isMinGW isCygwin isiOS isSunOS isUClibc isJavaScript isGhcjs isILP32; }; expected = { isMinGW = false; isCygwin = false; isiOS = false; isSunOS = false; isUClibc = false; isJavaScript = false; isGhcjs = false; isILP32 = false; }; };
  platformPatterns-static = {
    expr = [ (meta.platformMatch x86 systems.inspect.platformPatterns.isStatic) (meta.platformMatch (systems.elaborate { system = "x86_64-linux"; isStatic = true; }) systems.inspect.platformPatterns.isStatic) ];
    expected = [ false true ];
  };
}
