# The flake's lib.nixosSystem, as flakes call it.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = n.lib.nixosSystem { system = "x86_64-linux"; modules = [ { networking.hostName = "flaky"; } ]; }; in
{ host = s.config.networking.hostName; source = s.config.nixpkgs.flake.source; libHasNixosSystem = s.lib ? nixosSystem; }
