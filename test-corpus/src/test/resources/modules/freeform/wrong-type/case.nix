{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.str; }
    { free = 3; }
  ];
  read = r: r.config;
}
