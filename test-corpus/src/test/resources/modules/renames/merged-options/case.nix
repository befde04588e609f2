{ lib }:
with lib;
{
  modules = [
    { options.warnings = mkOption { type = types.listOf types.str; default = [ ]; }; options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.new.name = mkOption { type = types.int; default = 0; }; }
    (mkMergedOptionModule [ [ "a" ] [ "b" ] ] [ "new" "name" ] (config: (if config.a == "_mkMergedOptionModule" then 0 else config.a) + (if config.b == "_mkMergedOptionModule" then 0 else config.b)))
    { a = 3; }
    { b = 4; }
  ];
  read = r: { inherit (r.config) warnings; v = r.config.new.name; };
}
