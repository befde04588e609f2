# The wiki's root password on the live CD (seed 004): set, with NixOS's warning about the installer's empty initial one.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.installerMinimal { users.extraUsers.root.password = "bar"; } ]; in
{ password = c.users.users.root.password; warnings = map (w: builtins.head (builtins.split "\n" w)) c.warnings; }
