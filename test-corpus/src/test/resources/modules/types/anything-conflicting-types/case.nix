{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v = { a = 1; }; }
    { v = { a = "x"; }; }
  ];
  read = r: r.config.v;
}
