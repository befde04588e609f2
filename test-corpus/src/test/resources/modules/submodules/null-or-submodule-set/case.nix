{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.nullOr (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; })); default = null; }; }
    { s.l = [ 1 ]; }
    { s.l = [ 2 ]; }
  ];
  read = r: r.config.s;
}
