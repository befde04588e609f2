# With allowUnfree, broadcom_sta passes nixpkgs' check; nixj cannot build out-of-tree modules yet, and says so
# when its path is needed.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(builtins.head (n.config [ ./data/manual-extra-drivers.nix { nixpkgs.config.allowUnfree = true; } ]).boot.extraModulePackages).outPath
