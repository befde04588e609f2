{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.lazyAttrsOf types.int; }; }
    { v = { a = 1; }; }
    { v = { b = 2; }; }
  ];
  read = r: r.config.v;
}
