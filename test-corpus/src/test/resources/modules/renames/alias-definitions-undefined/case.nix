{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    ({ options, ... }: { options.copy = mkOption { type = types.int; default = 1; }; config.copy = mkAliasDefinitions options.new.name; })
  ];
  read = r: r.config.copy;
}
