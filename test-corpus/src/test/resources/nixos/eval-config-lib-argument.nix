# eval-config.nix's lib argument is the lib the modules get.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.evalConfig {
  system = "x86_64-linux";
  lib = n.lib.extend (final: prev: { answer = 42; });
  modules = [ ({ lib, ... }: { networking.hostName = "h${toString lib.answer}"; }) ];
}).config.networking.hostName
