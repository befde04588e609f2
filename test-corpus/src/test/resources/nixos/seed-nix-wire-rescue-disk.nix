# The rescue disk example (seed 003) sets autologinUser = 'root' plainly: it conflicts with the installer's.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.lib.nixosSystem {
  system = "x86_64-linux";
  modules = [ ./data/nix-wire-rescue-disk.nix n.installerMinimal { networking.hostName = "rescue"; } ];
}).config.services.getty.autologinUser
