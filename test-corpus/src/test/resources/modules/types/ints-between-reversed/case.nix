{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.between 5 1; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
