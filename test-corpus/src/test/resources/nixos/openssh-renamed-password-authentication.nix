# services.openssh.passwordAuthentication was renamed.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ { services.openssh.passwordAuthentication = false; } ]; in { value = c.services.openssh.settings.PasswordAuthentication; warnings = builtins.length c.warnings; }
