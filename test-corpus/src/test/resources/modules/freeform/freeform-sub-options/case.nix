{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.int; }
  ];
  read = r: r._module.freeformType.description;
}
