{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nonEmptyListOf types.str; }; }
  ];
  read = r: r.options.v.type.description;
}
