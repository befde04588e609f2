# environment.variables (lists joined), shellAliases and etc.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let e = (n.config [ {
  environment.variables = { EDITOR = "nvim"; SEARCH = [ "/a" "/b" ]; LEVEL = 3; };
  environment.shellAliases.ll = "ls -l";
  environment.etc."foo/bar.conf" = { text = "x = 1"; mode = "0600"; };
} ]).environment; in { inherit (e) variables shellAliases; etc = { inherit (e.etc."foo/bar.conf") target text mode user; }; }
