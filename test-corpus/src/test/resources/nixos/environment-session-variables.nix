# Session variables reach every login session and every shell; lists are joined with a colon.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.machine { environment.sessionVariables = { XDG_DATA_DIRS = [ "/a" "/b" ]; EDITOR = "vim"; }; } ]; in
{ session = c.environment.sessionVariables; shell = { inherit (c.environment.variables) XDG_DATA_DIRS EDITOR; }; }
