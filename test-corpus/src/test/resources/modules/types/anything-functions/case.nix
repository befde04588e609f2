{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v = x: { a = x; }; }
    { v = x: { b = x + 1; }; }
  ];
  read = r: r.config.v 1;
}
