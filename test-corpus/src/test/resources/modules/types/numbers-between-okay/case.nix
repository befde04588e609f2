{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.numbers.between 0 1; }; }
    { v = 0.5; }
  ];
  read = r: r.config.v;
}
