{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule ({ config, name, ... }: { options.a = mkOption { default = name; }; options.b = mkOption { default = config.a + "!"; }; })); }; }
    { s.x = { }; }
  ];
  read = r: r.config.s;
}
