# programs.gnupg.agent.pinentryFlavor was removed from NixOS: setting it fails with NixOS's message.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
in
(n.config [ n.machine { programs.gnupg.agent = { enable = true; pinentryFlavor = "curses"; }; } ]).system.build.toplevel
