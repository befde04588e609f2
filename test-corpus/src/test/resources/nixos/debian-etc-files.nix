# The Debian glue: an empty /etc/machine-id (copied, so systemd can put the boot's id over it), /etc/.updated,
# empty /etc/environment and /etc/default/locale, PAM's common files with pam_unix, /etc/alternatives.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ { system.debian.alternatives.editor.path = "/usr/bin/vim.tiny"; } ]; e = c.environment.etc; in
{
  machineId = { inherit (e.machine-id) text mode; };
  updated = e.".updated".text;
  empty = map (name: e.${name}.text) [ "environment" "default/locale" ];
  pam = n.lib.mapAttrs (_: file: file.text) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "pam.d/common-" name) e);
  required = (n.config [ ]).system.debian.requiredPackages;
  alternatives = n.lib.mapAttrs (_: file: file.source) (n.lib.filterAttrs (name: _: n.lib.hasPrefix "alternatives/" name) e);
}
