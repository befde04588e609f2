# environment.gnome.excludePackages leaves a core application out (compared by name).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.machine ({ pkgs, ... }: { services.desktopManager.gnome.enable = true; environment.gnome.excludePackages = [ pkgs.epiphany ]; }) ]; in
{ gnome = c.services.desktopManager.gnome.enable; excluded = builtins.length c.environment.gnome.excludePackages; }
