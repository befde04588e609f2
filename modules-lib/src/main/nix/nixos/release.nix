# NixOS's release jobs, the ones people build by hand: the installation ISOs, per system.
#   nixj build -f nixos/release.nix iso_minimal.x86_64-linux
# `nixpkgs` describes the source being released (its revision count and short revision name the version, as
# Hydra's inputs do); `configuration` is added to every job's configuration.
#
# Differences from NixOS's release.nix: only the ISO jobs are here, and `iso_graphical`'s combined image has
# GNOME and Plasma as specialisations that nixj's ISO does not yet offer in its boot menu.
{ nixpkgs ? { outPath = ../.; revCount = 0; shortRev = "gfedcba"; }
, stableBranch ? false
, supportedSystems ? [ "x86_64-linux" "aarch64-linux" ]
, configuration ? { }
}:
let
  lib = import ../lib;

  versionSuffix = (if stableBranch then "." else "pre") + "${toString nixpkgs.revCount}.${nixpkgs.shortRev}";
  versionModule = {
    system.nixos.versionSuffix = versionSuffix;
    system.nixos.revision = nixpkgs.rev or nixpkgs.shortRev;
  };

  forAllSystems = lib.genAttrs supportedSystems;

  profile = name: ./modules/installer/cd-dvd + "/installation-cd-${name}.nix";

  # The ISO of an installer profile, named after its edition: nixos-EDITION-VERSION-SYSTEM.iso.
  makeIso = name: system:
    lib.hydraJob (import ./lib/eval-config.nix {
      inherit system;
      modules = [ configuration (profile name) versionModule ];
    }).config.system.build.isoImage;
in
{
  iso_minimal = forAllSystems (makeIso "minimal");
  iso_minimal_new_kernel = forAllSystems (makeIso "minimal-new-kernel");
  iso_gnome = forAllSystems (makeIso "graphical-calamares-gnome");
  iso_plasma6 = forAllSystems (makeIso "graphical-calamares-plasma6");
  iso_graphical = forAllSystems (makeIso "graphical-combined");
}
