{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule ({ name, ... }: { options.name = mkOption { type = types.str; default = name; }; options.port = mkOption { type = types.port; default = 80; }; options.tags = mkOption { type = types.listOf types.str; default = [ ]; }; })); }; }
    { s = mkIf true { web.port = 1; }; }
    { s.db = mkIf false { port = 2; }; }
  ];
  read = r: r.config.s;
}
