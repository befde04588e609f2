{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { freeformType = types.attrsOf types.str; options.fixed = mkOption { default = "f"; }; }; }; }
    { s.extra = "e"; }
  ];
  read = r: r.config.s;
}
