# The minimal profile turns documentation and some defaults off (mkDefault).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.modulesPath + "/profiles/minimal.nix") { documentation.man.enable = true; } ]; in
{ docs = c.documentation.enable; man = c.documentation.man.enable; packages = c.environment.defaultPackages; udisks = c.services.udisks2.enable; xdg = c.xdg.mime.enable; }
