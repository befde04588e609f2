{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.int; }
    { k = mkDefault 1; }
    { k = 2; }
  ];
  read = r: r.config;
}
