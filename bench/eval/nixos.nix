# NixOS: the minimal installer's system, as far as its .drv path (modules-lib's NixOS modules and package set,
# through nixos/lib/eval-config.nix, as `nix-instantiate -A config.system.build.toplevel` evaluates it).
let
  eval = import ./nixpkgs/nixos/lib/eval-config.nix {
    system = "x86_64-linux";
    modules = [ ./nixpkgs/nixos/modules/installer/cd-dvd/installation-cd-minimal.nix ];
  };
in
eval.config.system.build.toplevel.drvPath
