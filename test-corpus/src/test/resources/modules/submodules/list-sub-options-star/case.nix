{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.listOf (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; })); }; }
  ];
  read = r: (r.options.s.type.getSubOptions [ "s" ]).n.loc;
}
