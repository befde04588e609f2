{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.optionType; }; }
    { v = types.listOf types.int; }
    { v = types.listOf types.int; }
  ];
  read = r: r.config.v.description;
}
