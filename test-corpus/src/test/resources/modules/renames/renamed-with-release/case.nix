{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    (mkRenamedOptionModuleWith { from = [ "old" "name" ]; to = [ "new" "name" ]; sinceRelease = 2411; })
    { old.name = 5; }
  ];
  read = r: { inherit (r.config) warnings; v = r.config.new.name; };
}
