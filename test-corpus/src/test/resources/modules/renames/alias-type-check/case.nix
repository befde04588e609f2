{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    (mkAliasOptionModule [ "short" ] [ "new" "name" ])
    { short = "nine"; }
  ];
  read = r: { inherit (r.config) warnings; v = r.config.new.name; };
}
