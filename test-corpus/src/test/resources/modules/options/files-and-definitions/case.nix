{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
    ./b.nix
  ];
  read = r: { inherit (r.options.v) files definitions isDefined; };
}
