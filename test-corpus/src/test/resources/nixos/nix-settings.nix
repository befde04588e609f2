# nix.settings: declared settings with their defaults, lists from several modules, and free settings.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = (n.config [
  { nix.settings.experimental-features = [ "nix-command" "flakes" ]; nix.settings.trusted-users = [ "alice" ]; }
  { nix.settings.trusted-users = [ "@wheel" ]; nix.settings.keep-outputs = true; nix.extraOptions = "keep-derivations = true"; }
]).nix; in { inherit (s.settings) experimental-features trusted-users keep-outputs max-jobs sandbox substituters allowed-users; inherit (s) extraOptions; }
