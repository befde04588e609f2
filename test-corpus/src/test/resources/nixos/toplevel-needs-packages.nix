# The built system needs the default packages (perl, rsync, strace), which the bundled nixpkgs does not have yet.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine ]).system.build.toplevel.drvPath
