{ lib }:
with lib;
{
  modules = [

  ];
  read = r: (types.listOf types.int).typeMerge (types.listOf types.int).functor != null;
}
