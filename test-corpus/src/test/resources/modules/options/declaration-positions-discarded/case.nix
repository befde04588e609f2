{ lib }:
{
  modules = [ ./decl.nix ];
  read = r: r.options.generated.v.declarationPositions;
}
