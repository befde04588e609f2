# users.defaultUserShell = pkgs.nushell: reading a shell needs the package, which the bundled set lacks.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ({ pkgs, ... }: { users.defaultUserShell = pkgs.nushell; }) ]).users.users.root.shell
