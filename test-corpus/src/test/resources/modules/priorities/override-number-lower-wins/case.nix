{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkOverride 20 1; }
    { a = mkOverride 10 2; }
    { a = mkOverride 30 3; }
  ];
  read = r: r.config.a;
}
