# Debian renamed fd's and bat's programs (fdfind, batcat): pkgs.fd and pkgs.bat are packages of links with
# nixpkgs' program names, nixpkgs' pname and mainProgram, Debian's version, and Debian's package propagated.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  pkgs = (n.eval [ ]).pkgs;
  describe = p: {
    inherit (p) pname version name;
    exe = n.lib.getExe p;
    links = map (e: { inherit (e) path; target = builtins.unsafeDiscardStringContext e.target; }) p.entries;
    propagated = map (d: d.pname) p.propagatedUserEnvPkgs;
  };
in
{
  fd = describe pkgs.fd;
  bat = describe pkgs.bat;
}
