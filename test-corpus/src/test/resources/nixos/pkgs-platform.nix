# The pkgs argument: platform, system and lib, without packages.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let p = (n.eval [ ]).pkgs; in {
  inherit (p) system;
  host = { inherit (p.stdenv.hostPlatform) system config isLinux isx86_64 efiArch linuxArch; };
  build = p.stdenv.buildPlatform.system;
  lib = p.lib.id "lib";
}
