{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.pathWith { absolute = false; }; }; }
  ];
  read = r: r.options.v.type.description;
}
