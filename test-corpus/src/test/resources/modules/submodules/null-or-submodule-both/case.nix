{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.nullOr (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; })); }; }
    { s = null; }
    { s.l = [ 2 ]; }
  ];
  read = r: r.config.s;
}
