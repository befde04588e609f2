{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkMerge [ 1 2 ]; }
  ];
  read = r: r.config.a;
}
