{ lib }:
{
  modules = [ ./decl.nix ];
  read = r: (r.options.sub.type.getSubOptions [ ]).x.declarationPositions;
}
