{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.nullOr (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; })); default = null; }; }
  ];
  read = r: r.config.s;
}
