{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.int; }
    { free = 3; other = 4; }
  ];
  read = r: r.config;
}
