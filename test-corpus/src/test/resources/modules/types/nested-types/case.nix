{ lib }:
with lib;
{
  modules = [

  ];
  read = r: builtins.attrNames (types.either types.int types.str).nestedTypes;
}
