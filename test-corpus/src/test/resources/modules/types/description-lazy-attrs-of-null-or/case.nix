{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.lazyAttrsOf (types.nullOr types.port); }; }
  ];
  read = r: r.options.v.type.description;
}
