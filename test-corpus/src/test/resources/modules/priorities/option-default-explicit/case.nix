{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkOptionDefault 3; }
    { a = mkDefault 4; }
  ];
  read = r: r.config.a;
}
