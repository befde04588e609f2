{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf (types.coercedTo types.str (s: [ s ]) (types.listOf types.str)); }; }
    { v.a = "one"; v.b = [ "two" ]; }
    { v.a = [ "three" ]; }
  ];
  read = r: r.config.v;
}
