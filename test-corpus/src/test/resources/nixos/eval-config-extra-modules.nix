# extraModules come after NixOS's modules, before the configuration's.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.evalConfig { system = "x86_64-linux"; extraModules = [ { networking.hostName = mkDefault "extra"; } ]; modules = [ ]; }).config.networking.hostName
