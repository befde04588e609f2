# Seed 002: the blog post's flake, its configuration.nix with the GNOME installer profile.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  c = (n.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [ ./data/blog-configuration.nix "${n.flake}/nixos/modules/installer/cd-dvd/installation-cd-graphical-gnome.nix" ];
  }).config;
in
{
  inherit (c.isoImage) volumeID edition;
  inherit (c.nix) extraOptions;
  fish = c.programs.fish.enable;
  gnome = c.services.desktopManager.gnome.enable;
  gdm = { inherit (c.services.displayManager.gdm) enable autoSuspend wayland; };
  inherit (c.services.displayManager) autoLogin;
  shell = c.users.users.nixos.useDefaultShell;
}
