# services.earlyoom.useKernelOOMKiller was removed: setting it fails with NixOS's message.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
in
(n.config [ n.machine { services.earlyoom = { enable = true; useKernelOOMKiller = true; }; } ]).system.build.toplevel
