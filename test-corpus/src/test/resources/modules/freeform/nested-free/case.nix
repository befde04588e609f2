{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf (types.attrsOf types.int); options.a.declared = mkOption { default = 0; }; }
    { a.free = 1; b.c = 2; }
  ];
  read = r: r.config;
}
