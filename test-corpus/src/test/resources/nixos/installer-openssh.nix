# The installer's sshd: on, root may log in; a plain definition beats its mkDefault.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  installer = let o = (n.config [ n.installerMinimal ]).services.openssh; in { inherit (o) enable; root = o.settings.PermitRootLogin; };
  user = (n.config [ n.installerMinimal { services.openssh.settings.PermitRootLogin = "no"; } ]).services.openssh.settings.PermitRootLogin;
  firewall = (n.config [ n.installerMinimal ]).networking.firewall.allowedTCPPorts;
}
