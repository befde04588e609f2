{ lib }:
{
  modules = [ ./a.nix ./b.nix ];
  read = r: {
    positions = r.options.v.declarationPositions;
    files = r.options.v.declarations;
  };
}
