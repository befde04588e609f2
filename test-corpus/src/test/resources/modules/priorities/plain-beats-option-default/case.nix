{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; default = 1; }; }; }
    { a = 5; }
  ];
  read = r: r.config.a;
}
