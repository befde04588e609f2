{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.either types.ints.unsigned types.str; }; }
  ];
  read = r: r.options.v.type.description;
}
