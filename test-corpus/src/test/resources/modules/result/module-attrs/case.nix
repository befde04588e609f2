{ lib }:
with lib;
{
  modules = [

  ];
  read = r: builtins.attrNames r._module;
}
