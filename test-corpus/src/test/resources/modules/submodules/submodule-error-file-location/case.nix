{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { s.x = "bad"; }
  ];
  read = r: r.config.s;
}
