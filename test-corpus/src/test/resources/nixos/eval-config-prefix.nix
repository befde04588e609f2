# prefix puts the configuration's options under a path (here in a conflict's message).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.evalConfig {
  system = "x86_64-linux";
  prefix = [ "machines" "a" ];
  modules = [ { networking.hostName = "one"; } { networking.hostName = "two"; } ];
}).config.networking.hostName
