{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.lazyAttrsOf types.int; }; }
    { v = { bad = throw "never"; good = 1; }; }
  ];
  read = r: r.config.v.good;
}
