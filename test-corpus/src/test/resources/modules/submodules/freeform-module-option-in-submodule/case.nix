{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { config._module.freeformType = types.attrsOf types.int; }; }; }
    { s.a = 1; s.b = 2; }
  ];
  read = r: r.config.s;
}
