{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkDefault 1; }
    { a = 2; }
    { a = mkDefault 3; }
  ];
  read = r: r.options.a.definitions;
}
