{ lib }:
with lib;
{
  modules = [

  ];
  read = r: map (t: t.emptyValue) [ (types.listOf types.int) (types.attrsOf types.int) (types.nullOr types.int) types.int (types.submodule { }) ];
}
