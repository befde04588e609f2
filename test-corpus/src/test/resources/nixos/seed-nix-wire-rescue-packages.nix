# The rescue host's package names need packages.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  eval = n.lib.nixosSystem {
    system = "x86_64-linux";
    specialArgs = { inputs = { self.nixosModules.default = { }; }; flake = { }; };
    modules = [ ./data/nix-wire-rescue.nix n.installerMinimal ];
  };
in builtins.map (p: p.name) eval.config.environment.systemPackages
