{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { type = types.int; }; }
    { a = mkDefinition { file = "elsewhere.nix"; value = 1; }; }
    { a = 2; }
  ];
  read = r: r.config.a;
}
