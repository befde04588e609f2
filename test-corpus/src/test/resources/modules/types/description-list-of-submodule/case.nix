{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf (types.submodule { }); }; }
  ];
  read = r: r.options.v.type.description;
}
