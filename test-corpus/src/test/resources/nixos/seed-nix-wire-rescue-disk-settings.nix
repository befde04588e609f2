# The rescue disk's other settings evaluate.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.lib.nixosSystem {
  system = "x86_64-linux";
  modules = [ ./data/nix-wire-rescue-disk.nix n.installerMinimal { networking.hostName = "rescue"; } ];
}).config; in { inherit (c.services.openssh.settings) PermitRootLogin PasswordAuthentication; host = c.networking.hostName; vol = c.isoImage.volumeID; }
