# nixpkgs.overlays apply to the pkgs argument.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [
  { nixpkgs.overlays = [ (final: prev: { hello = { name = "hello-2.12"; }; greeting = final.hello.name; }) ]; }
  ({ pkgs, ... }: { networking.hostName = builtins.replaceStrings [ "." ] [ "-" ] pkgs.greeting; })
]).networking.hostName
