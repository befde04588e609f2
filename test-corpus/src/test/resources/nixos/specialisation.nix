# specialisation: a variant is the parent's configuration with its own modules (or NixOS's defaults without inheritParentConfig), knows it is one, has none of its own, and is linked from the built system.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  c = n.config [ n.machine {
    networking.hostName = "parent";
    specialisation.fast.configuration = { networking.domain = "example.org"; };
    specialisation.fresh = { inheritParentConfig = false; configuration = n.machine; };
  } ];
in
{
  fastHost = c.specialisation.fast.configuration.networking.hostName;
  fastDomain = c.specialisation.fast.configuration.networking.domain;
  freshHost = c.specialisation.fresh.configuration.networking.hostName;
  isSpecialisation = [ c.isSpecialisation c.specialisation.fast.configuration.isSpecialisation ];
  nested = c.specialisation.fast.configuration.specialisation;
  links = map (e: e.path) (builtins.filter (e: builtins.match "specialisation/.*" e.path != null) c.system.build.toplevel.entries);
}
