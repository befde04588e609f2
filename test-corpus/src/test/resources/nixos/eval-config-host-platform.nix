# nixpkgs.hostPlatform gives the platform when `system` is null.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let e = n.evalConfig { system = null; modules = [ { nixpkgs.hostPlatform = "aarch64-linux"; } ]; }; in { host = e.pkgs.stdenv.hostPlatform.system; build = e.pkgs.stdenv.buildPlatform.system; aarch64 = e.config.nixpkgs.hostPlatform.isAarch64; }
