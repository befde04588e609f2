# With startWhenNeeded, sshd.socket accepts the connections and starts one sshd@ (sshd -i) for each.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ withBash { services.openssh = { enable = true; startWhenNeeded = true; listenAddresses = [ { addr = "127.0.0.1"; } ]; ports = [ 22 2222 ]; }; } ]; in
{
  units = n.lib.mapAttrs (_: unit: { inherit (unit) text wantedBy; }) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "sshd" name) c.systemd.units);
}
