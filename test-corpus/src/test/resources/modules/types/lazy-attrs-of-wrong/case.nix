{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.lazyAttrsOf types.int; }; }
    { v = { a = "x"; }; }
  ];
  read = r: r.config.v;
}
