{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule ({ name, ... }: { options.name = mkOption { type = types.str; default = name; }; options.port = mkOption { type = types.port; default = 80; }; options.tags = mkOption { type = types.listOf types.str; default = [ ]; }; })); }; }
  ];
  read = r: (r.options.s.type.getSubOptions [ "s" ]).port.loc;
}
