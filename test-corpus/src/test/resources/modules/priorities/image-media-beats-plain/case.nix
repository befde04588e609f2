{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = 1; }
    { a = mkImageMediaOverride 2; }
  ];
  read = r: r.config.a;
}
