# system.build takes any attribute; NixOS's modules add theirs.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.machine { system.build.myImage = "my-image"; } ]; in
{ mine = c.system.build.myImage; names = builtins.attrNames c.system.build; fileSystems = map (fs: fs.mountPoint) c.system.build.fileSystems; }
