# Every system has Debian's base packages, by their Debian names, after the configuration's own packages.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
map (p: p.pname or p.name) (n.config [ { boot.kernel.enable = false; environment.defaultPackages = [ ]; system.debian.requiredPackages = mkForce [ "udev" "systemd" ]; } ]).environment.systemPackages
