{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = 1; }
    { a = 2; }
  ];
  read = r: r.config.a;
}
