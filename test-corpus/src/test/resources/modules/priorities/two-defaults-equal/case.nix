{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkDefault 1; }
    { a = mkDefault 1; }
  ];
  read = r: r.config.a;
}
