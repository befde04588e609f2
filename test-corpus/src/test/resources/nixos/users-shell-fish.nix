# users.defaultUserShell = pkgs.fish: the shell is Debian's fish, with NixOS's shell path.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ({ pkgs, ... }: { programs.fish.enable = true; users.defaultUserShell = pkgs.fish; }) ]).users.users.root.shell
