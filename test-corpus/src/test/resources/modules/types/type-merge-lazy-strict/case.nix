{ lib }:
with lib;
{
  modules = [

  ];
  read = r: (types.attrsOf types.int).typeMerge (types.lazyAttrsOf types.int).functor;
}
