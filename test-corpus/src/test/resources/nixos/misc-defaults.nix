# documentation, fonts, programs and hardware defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ ]; in {
  documentation = { inherit (c.documentation) enable; man = c.documentation.man.enable; doc = c.documentation.doc.enable; nixos = c.documentation.nixos.enable; };
  fontconfig = c.fonts.fontconfig.enable;
  programs = { fish = c.programs.fish.enable; zsh = c.programs.zsh.enable; git = c.programs.git.enable; };
  firmware = c.hardware.enableRedistributableFirmware;
  unfree = c.nixpkgs.config;
  overlays = c.nixpkgs.overlays;
}
