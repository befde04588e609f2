# extendModules adds modules to an evaluated configuration, and keeps pkgs and lib on the result.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let e = (n.eval [ { networking.domain = "example.org"; } ]).extendModules { modules = [ { networking.hostName = "beta"; } ]; }; in { fqdn = e.config.networking.fqdn; hasPkgs = e ? pkgs; }
