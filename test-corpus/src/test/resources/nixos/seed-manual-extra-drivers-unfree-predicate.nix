# allowUnfreePredicate naming broadcom-sta lets it pass nixpkgs' check as allowUnfree does.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  predicate = { nixpkgs.config.allowUnfreePredicate = pkg: builtins.elem (n.lib.getName pkg) [ "broadcom-sta" ]; };
in
(builtins.head (n.config [ ./data/manual-extra-drivers.nix predicate ]).boot.extraModulePackages).outPath
