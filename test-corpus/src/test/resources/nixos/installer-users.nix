# The installer's accounts.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let u = (n.config [ n.installerMinimal ]).users.users; in {
  names = builtins.attrNames u;
  nixos = { inherit (u.nixos) isNormalUser extraGroups initialHashedPassword home group; };
  root = u.root.initialHashedPassword;
  wheel = (n.config [ n.installerMinimal ]).users.groups.wheel.members;
}
