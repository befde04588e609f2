{ lib }:
{
  modules = [ ./decl.nix ];
  read = r: r.options.a.b.c.declarationPositions;
}
