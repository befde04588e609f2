{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.int; }
    { freeformType = types.attrsOf types.str; }
  ];
  read = r: r.config;
}
