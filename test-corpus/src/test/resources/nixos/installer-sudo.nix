# The installer's passwordless sudo (mkImageMediaOverride) beats a plain definition.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  installer = (n.config [ n.installerMinimal ]).security.sudo.wheelNeedsPassword;
  plain = (n.config [ n.installerMinimal { security.sudo.wheelNeedsPassword = true; } ]).security.sudo.wheelNeedsPassword;
  forced = (n.config [ n.installerMinimal { security.sudo.wheelNeedsPassword = mkForce true; } ]).security.sudo.wheelNeedsPassword;
}
