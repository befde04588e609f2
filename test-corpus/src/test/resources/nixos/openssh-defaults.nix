# services.openssh's defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let o = (n.config [ ]).services.openssh; in {
  inherit (o) enable ports openFirewall startWhenNeeded;
  settings = { inherit (o.settings) PermitRootLogin PasswordAuthentication KbdInteractiveAuthentication X11Forwarding UsePAM; };
  firewall = (n.config [ ]).networking.firewall.allowedTCPPorts;
}
