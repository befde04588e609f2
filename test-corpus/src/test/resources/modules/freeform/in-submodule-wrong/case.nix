{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { freeformType = types.attrsOf types.str; }; }; }
    { s.extra = 1; }
  ];
  read = r: r.config.s;
}
