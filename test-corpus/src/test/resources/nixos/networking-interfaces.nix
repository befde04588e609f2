# networking.interfaces and nameservers.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.config [ {
  networking.interfaces.eth0.ipv4.addresses = [ { address = "192.168.1.2"; prefixLength = 24; } ];
  networking.nameservers = [ "1.1.1.1" ];
} ]).networking; in { eth0 = c.interfaces.eth0; inherit (c) nameservers; }
