{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.numbers.between 0 1; }; }
    { v = 2; }
  ];
  read = r: r.config.v;
}
