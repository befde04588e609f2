# /etc/hostname, /etc/hosts (localhost, the machine's names, networking.hosts, extraHosts) and
# /etc/resolv.conf from networking.nameservers.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ {
  networking = { hostName = "rescue"; domain = "example.org"; hosts."10.0.0.5" = [ "nas" "nas.lan" ]; extraHosts = "10.0.0.6 printer\n"; nameservers = [ "1.1.1.1" "9.9.9.9" ]; search = [ "lan" ]; };
} ]; in
{ inherit (c.environment.etc.hostname) text; hosts = c.environment.etc.hosts.text; resolv = c.environment.etc."resolv.conf".text;
  defaults = let d = n.config [ { networking.hostName = ""; networking.enableIPv6 = false; } ]; in { hosts = d.environment.etc.hosts.text; hostname = d.environment.etc ? hostname; resolv = d.environment.etc ? "resolv.conf"; }; }
