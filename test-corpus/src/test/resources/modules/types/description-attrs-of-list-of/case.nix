{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf (types.listOf types.str); }; }
  ];
  read = r: r.options.v.type.description;
}
