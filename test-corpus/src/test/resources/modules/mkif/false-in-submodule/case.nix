{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.submodule { options.a = mkOption { type = types.int; default = 0; }; options.b = mkOption { type = types.int; }; }; }; }; }
    { s = { a = mkIf false 1; b = 2; }; }
  ];
  read = r: r.config.s;
}
