{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.between 1 5; }; }
    { v = 6; }
  ];
  read = r: r.config.v;
}
