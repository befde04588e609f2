{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.functionTo (types.attrsOf types.bool); }; }
  ];
  read = r: r.options.v.type.description;
}
