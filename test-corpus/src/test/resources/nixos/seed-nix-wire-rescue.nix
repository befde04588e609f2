# The nix-wire rescue host (seed 003): the ISO package with passthru.config, read as `nix eval --apply` reads it.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  inherit (n) lib;
  system = "x86_64-linux";
  name = "rescue";
  isoModules = [
    ./data/nix-wire-rescue.nix
    ({ modulesPath, ... }: { imports = [ "${modulesPath}/installer/cd-dvd/installation-cd-minimal.nix" ]; })
    { networking.hostName = lib.mkDefault name; }
  ];
  eval = lib.nixosSystem {
    inherit system;
    specialArgs = { inputs = { self.nixosModules.default = { }; }; flake = { }; };
    modules = isoModules;
  };
  iso = eval.config.system.build.isoImage;
  package = iso // { passthru = (iso.passthru or { }) // { config = eval.config; }; };
in
{
  hostName = (x: x.passthru.config.networking.hostName) package;
  sshd = (x: x.passthru.config.services.openssh.enable) package;
  rootLogin = package.passthru.config.services.openssh.settings.PermitRootLogin;
  networkmanager = package.passthru.config.networking.networkmanager.enable;
}
