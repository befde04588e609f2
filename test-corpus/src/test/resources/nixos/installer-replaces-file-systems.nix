# A plain fileSystems definition vanishes under the installer's mkImageMediaOverride, even with mkForce inside.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  plain = builtins.attrNames (n.config [ n.installerMinimal { fileSystems."/data".device = "/dev/sdb1"; } ]).fileSystems;
  forcedInside = builtins.attrNames (n.config [ n.installerMinimal { fileSystems."/data" = mkForce { device = "/dev/sdb1"; }; } ]).fileSystems;
}
