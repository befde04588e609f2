# Two enabled rules of one group with the same order: the service's file cannot be written.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine ({ config, ... }: {
  security.pam.services.custom.rules.auth.first = { control = "optional"; modulePath = "pam_echo.so"; order = config.security.pam.services.custom.rules.auth.unix.order; };
}) ]).security.pam.services.custom.text
