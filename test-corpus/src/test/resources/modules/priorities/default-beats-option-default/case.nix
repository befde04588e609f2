{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; default = 1; }; }; }
    { a = mkDefault 2; }
  ];
  read = r: r.config.a;
}
