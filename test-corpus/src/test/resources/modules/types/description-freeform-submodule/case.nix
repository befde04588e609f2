{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.submodule { freeformType = types.attrsOf types.str; }; }; }
  ];
  read = r: r.options.v.type.description;
}
