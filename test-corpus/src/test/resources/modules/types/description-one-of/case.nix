{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.oneOf [ types.int types.bool types.str ]; }; }
  ];
  read = r: r.options.v.type.description;
}
