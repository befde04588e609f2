# Hardware platforms: how the Linux kernel is configured and built for a machine family. `select` picks
# the default for an elaborated system; a system may override its `linux-kernel` and `gcc`.
{ lib }:
rec {
  pc = {
    linux-kernel = {
      name = "pc";
      baseConfig = "defconfig";
      autoModules = true;
      target = "bzImage";
    };
  };

  aarch64-multiplatform = {
    linux-kernel = {
      name = "aarch64-multiplatform";
      baseConfig = "defconfig";
      DTB = true;
      autoModules = true;
      preferBuiltin = true;
      target = "Image";
    };
    gcc.arch = "armv8-a";
  };

  armv7l-hf-multiplatform = {
    linux-kernel = {
      name = "armv7l-hf-multiplatform";
      baseConfig = "multi_v7_defconfig";
      DTB = true;
      autoModules = true;
      preferBuiltin = true;
      target = "zImage";
    };
    gcc = { arch = "armv7-a"; fpu = "vfpv3-d16"; };
  };

  riscv-multiplatform = {
    linux-kernel = {
      name = "riscv-multiplatform";
      baseConfig = "defconfig";
      DTB = true;
      autoModules = true;
      target = "Image";
    };
  };

  powernv = {
    linux-kernel = {
      name = "PowerNV";
      baseConfig = "powernv_defconfig";
      autoModules = true;
      target = "vmlinux";
    };
  };

  # A kernel configuration for systems nixj has no hardware platform for.
  generic = {
    linux-kernel = {
      name = "generic";
      baseConfig = "defconfig";
      autoModules = true;
      target = "vmlinux";
    };
  };

  select = platform:
    if platform.isx86 then pc
    else if platform.isAarch64 then aarch64-multiplatform
    else if platform.isAarch32 then armv7l-hf-multiplatform
    else if platform.isRiscV then riscv-multiplatform
    else if platform.isPower64 && platform.isLittleEndian then powernv
    else generic;
}
