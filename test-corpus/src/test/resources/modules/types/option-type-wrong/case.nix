{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.optionType; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
