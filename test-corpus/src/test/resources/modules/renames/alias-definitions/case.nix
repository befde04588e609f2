{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    ({ options, ... }: { options.copy = mkOption { type = types.int; }; config.copy = mkAliasDefinitions options.new.name; })
    { new.name = mkDefault 3; }
  ];
  read = r: { v = r.config.copy; p = r.options.copy.highestPrio; };
}
