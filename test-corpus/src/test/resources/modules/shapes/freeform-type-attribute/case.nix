{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.int; options.v = mkOption { default = 0; }; }
    { free = 3; }
  ];
  read = r: r.config;
}
