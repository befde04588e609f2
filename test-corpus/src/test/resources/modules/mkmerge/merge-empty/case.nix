{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; default = 5; }; }; }
    { a = mkMerge [ ]; }
  ];
  read = r: r.config.a;
}
