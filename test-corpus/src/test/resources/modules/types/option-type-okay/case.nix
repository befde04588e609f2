{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.optionType; }; }
    { v = types.int; }
  ];
  read = r: r.config.v.description;
}
