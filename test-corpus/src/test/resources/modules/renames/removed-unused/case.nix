{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    (mkRemovedOptionModule [ "gone" ] "Use new.name instead.")
  ];
  read = r: map (a: a.assertion) r.config.assertions;
}
