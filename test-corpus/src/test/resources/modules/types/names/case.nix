{ lib }:
with lib;
{
  modules = [

  ];
  read = r: map (t: t.name) [ types.int types.port (types.attrsOf types.int) (types.lazyAttrsOf types.int) (types.listOf types.int) types.path (types.strMatching "x") types.lines (types.submodule { }) types.deferredModule ];
}
