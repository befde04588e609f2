{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.positive; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
