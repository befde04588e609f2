# isoImage with specialisations: each one that shows itself is passed to the image builder for the boot menu
# (its title, its own system and parameters, without the root= its own volume id would give), after the
# configuration's own entries, which isoImage.showConfiguration = false hides.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  shown = n.config [ n.installerMinimal {
    specialisation.quiet.configuration = { boot.kernelParams = [ "quiet" ]; isoImage.configurationName = "quiet"; };
    specialisation.hidden.configuration = { isoImage.showConfiguration = false; };
  } ];
  hidden = n.config [ n.installerMinimal {
    isoImage.showConfiguration = mkDefault false;
    # (A specialisation inherits the hiding, as NixOS's combined installer's do: it shows itself again.)
    specialisation.only.configuration.isoImage = { edition = "other"; showConfiguration = true; };
  } ];
  menu = c: {
    hideConfiguration = c.system.build.isoImage.hideConfiguration or false;
    specialisations = map (s: {
      inherit (s) name menuLabel kernelParams;
      ownSystem = s.toplevel == "${c.specialisation.${s.name}.configuration.system.build.toplevel}";
    }) c.system.build.isoImage.specialisations;
  };
in
{
  shown = menu shown;
  hidden = menu hidden;
  plain = (n.config [ n.installerMinimal ]).system.build.isoImage ? specialisations;
}
