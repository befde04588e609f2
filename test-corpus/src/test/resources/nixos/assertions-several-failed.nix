# Every failed assertion is listed; the ones that hold are not.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine {
  assertions = [
    { assertion = false; message = "first problem"; }
    { assertion = true; message = "not a problem"; }
    { assertion = false; message = "second problem"; }
  ];
} ]).system.build.toplevel
