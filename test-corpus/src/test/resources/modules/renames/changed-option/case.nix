{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    (mkChangedOptionModule [ "old" "flag" ] [ "new" "name" ] (config: if config.old.flag then 1 else 2))
    { old.flag = true; }
  ];
  read = r: { inherit (r.config) warnings; v = r.config.new.name; };
}
