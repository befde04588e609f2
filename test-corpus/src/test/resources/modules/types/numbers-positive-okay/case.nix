{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.numbers.positive; }; }
    { v = 0.5; }
  ];
  read = r: r.config.v;
}
