{ lib }:
with lib;
{
  modules = [

  ];
  read = r: [ (types.isType "option-type" types.int) (types.isOptionType 3) ];
}
