# specialArgs reach the modules, also in imports.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.evalConfig {
  system = "x86_64-linux";
  specialArgs = { flavour = "gamma"; };
  modules = [ ({ flavour, ... }: { imports = [ { networking.hostName = flavour; } ]; }) ];
}).config.networking.hostName
