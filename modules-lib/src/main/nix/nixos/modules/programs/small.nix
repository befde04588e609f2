# Programs whose options configurations set without more: command-not-found, the stub dynamic linker, KDE's
# partition manager.
{ lib, ... }:
{
  options = {
    programs.command-not-found.enable = lib.mkOption {
      type = lib.types.bool;
      default = true;
      description = "Whether an unknown command suggests the package that has it.";
    };
    programs.partition-manager.enable = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether KDE Partition Manager is installed (with the service that lets it change disks).";
    };
    environment.stub-ld.enable = lib.mkOption {
      type = lib.types.bool;
      default = true;
      description = "Whether /lib64/ld-linux-x86-64.so.2 explains that NixOS cannot run generic Linux binaries.";
    };
  };
}
