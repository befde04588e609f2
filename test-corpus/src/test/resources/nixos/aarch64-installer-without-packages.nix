# On aarch64-linux nixj's package set has no Debian pins, so packages are stand-ins that throw when used; the
# installer's options, accounts and assertions must still evaluate without touching one (nix.settings once
# asked nix.package's version, which broke `isoImage.volumeID` there).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = (n.evalConfig { system = "aarch64-linux"; modules = [ n.installerMinimal ]; }).config;
in
{
  volumeID = c.isoImage.volumeID;
  failedAssertions = builtins.length (builtins.filter (a: !a.assertion) c.assertions);
  buildUsers = builtins.length (builtins.filter (name: n.lib.hasPrefix "nixbld" name) (builtins.attrNames c.users.users));
  sandboxFallback = c.nix.settings.sandbox-fallback;
}
