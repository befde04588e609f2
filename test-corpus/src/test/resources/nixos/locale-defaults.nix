# time.timeZone, i18n and console defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ ]; in { tz = c.time.timeZone; locale = c.i18n.defaultLocale; supported = c.i18n.supportedLocales; keyMap = c.console.keyMap; font = c.console.font; }
