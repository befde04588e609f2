{ lib }:
with lib;
{
  modules = [
    { _module.freeformType = types.attrsOf types.int; }
    { n = 1; }
  ];
  read = r: r.config;
}
