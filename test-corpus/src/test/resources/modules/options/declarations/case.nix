{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { v = 1; }
  ];
  read = r: r.options.v.declarations;
}
