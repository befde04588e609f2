{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    (mkRenamedOptionModule [ "old" ] [ "nowhere" ])
    { old = 1; }
  ];
  read = r: r.config.old;
}
