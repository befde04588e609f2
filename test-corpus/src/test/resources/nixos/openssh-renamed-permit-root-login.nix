# services.openssh.permitRootLogin was renamed: it still works, with a warning.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ { services.openssh.permitRootLogin = "no"; } ]; in { value = c.services.openssh.settings.PermitRootLogin; warnings = map (w: builtins.head (builtins.split " defined in " w)) c.warnings; }
