{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.int; }; }
    { v = "a"; }
    { v = 2; }
    { v = [ ]; }
  ];
  read = r: r.config.v;
}
