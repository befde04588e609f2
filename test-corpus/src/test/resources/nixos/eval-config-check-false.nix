# check = false lets definitions of undeclared options pass.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.evalConfig { system = "x86_64-linux"; check = false; modules = [ { no.such.option = 1; networking.hostName = "delta"; } ]; }).config.networking.hostName
