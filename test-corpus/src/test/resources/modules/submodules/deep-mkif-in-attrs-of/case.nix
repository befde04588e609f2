{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; })); }; }
    { s = mkIf true { a = mkIf true { l = mkIf false [ 1 ]; }; b = mkIf false { }; }; }
  ];
  read = r: r.config.s;
}
