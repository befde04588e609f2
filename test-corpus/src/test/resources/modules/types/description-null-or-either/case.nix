{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nullOr (types.either types.int types.str); }; }
  ];
  read = r: r.options.v.type.description;
}
