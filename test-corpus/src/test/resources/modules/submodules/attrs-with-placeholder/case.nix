{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsWith { elemType = types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; }); placeholder = "host"; }; }; }
  ];
  read = r: { loc = (r.options.s.type.getSubOptions [ "s" ]).n.loc; d = r.options.s.type.description; };
}
