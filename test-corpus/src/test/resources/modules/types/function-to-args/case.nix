{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.functionTo types.int; }; }
    { v = { a, b ? 1 }: a; }
    { v = { a ? 0, c }: a; }
  ];
  read = r: r.config.v.__functionArgs;
}
