{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.ints.positive; }; }
    { v = 0; }
  ];
  read = r: r.config.v;
}
