{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v = { a = 1; b = [ 1 ]; }; }
    { v = { c.d = "x"; }; }
  ];
  read = r: r.config.v;
}
