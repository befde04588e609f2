{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.numbers.nonnegative; }; }
    { v = 0; }
  ];
  read = r: r.config.v;
}
