{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.int; }
    { k = mkIf false 1; j = mkIf true 2; }
  ];
  read = r: r.config;
}
