{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.coercedTo types.str (x: [ x ]) (types.listOf types.str); }; }
  ];
  read = r: r.options.v.type.description;
}
