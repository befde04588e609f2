# Helpers of the NixOS corpus: configurations evaluated the ways users evaluate them. `nixpkgs` is
# modules-lib's nixpkgs-shaped tree (a string).
nixpkgs:
rec {
  modulesPath = nixpkgs + "/nixos/modules";
  evalConfig = import (nixpkgs + "/nixos/lib/eval-config.nix");

  # A configuration for x86_64-linux made of `modules`, as eval-config.nix gives it.
  eval = modules: evalConfig { system = "x86_64-linux"; inherit modules; };
  config = modules: (eval modules).config;

  # nixpkgs' flake as a flake's `inputs.nixpkgs` is: its outputs, and its source as outPath.
  flake = (import (nixpkgs + "/flake.nix")).outputs { self = flake; } // { outPath = nixpkgs; };
  inherit (flake) lib;

  # What NixOS's assertions need of an ordinary machine: a root file system and a boot loader.
  machine = {
    fileSystems."/".device = "/dev/disk/by-label/nixos";
    boot.loader.grub.device = "/dev/sda";
    system.stateVersion = "24.05";
  };

  # The installer profiles.
  installerMinimal = modulesPath + "/installer/cd-dvd/installation-cd-minimal.nix";
  installerBase = modulesPath + "/installer/cd-dvd/installation-cd-base.nix";
  isoImage = modulesPath + "/installer/cd-dvd/iso-image.nix";
  installerGraphical = name: modulesPath + "/installer/cd-dvd/installation-cd-graphical-${name}.nix";
}
