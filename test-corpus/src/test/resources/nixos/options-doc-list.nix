# lib.optionAttrSetToDocList on the installer's options, as the NixOS manual and options.json are made: every
# option documents itself (defaults that cannot be evaluated give a defaultText), and one entry in full.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  e = n.eval [ n.installerMinimal ];
  docs = n.lib.optionAttrSetToDocList e.options;
  documented = builtins.filter (d: !d.internal && d.visible) docs;
  hostName = builtins.head (builtins.filter (d: d.name == "networking.hostName") docs);
in
{
  allEvaluate = builtins.deepSeq docs true;
  moreThan500 = builtins.length documented > 500;
  hostName = hostName // { declarations = map baseNameOf hostName.declarations; };
  names = map (d: d.name) (builtins.filter (d: builtins.elem d.name [ "isoImage.volumeID" "services.openssh.settings" "users.users.<name>.home" ]) docs);
}
