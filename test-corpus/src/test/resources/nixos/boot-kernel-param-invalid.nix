# A kernel parameter with a space outside quotes.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { boot.kernelParams = [ "console=ttyS0 quiet" ]; } ]).boot.kernelParams
