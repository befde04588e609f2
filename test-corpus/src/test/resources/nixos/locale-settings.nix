# time.timeZone, i18n.defaultLocale and console.keyMap set.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ { time.timeZone = "Europe/Paris"; i18n.defaultLocale = "fr_FR.UTF-8"; console.keyMap = "fr"; } ]; in { tz = c.time.timeZone; locale = c.i18n.defaultLocale; supported = c.i18n.supportedLocales; keyMap = c.console.keyMap; }
