{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { type = types.listOf types.int; }; }
    { a = mkDefinition { file = "elsewhere.nix"; value = [ 1 ]; }; }
    { a = [ 2 ]; }
  ];
  read = r: { inherit (r.options.a) files; v = r.config.a; };
}
