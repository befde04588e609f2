{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.deferredModule; }; }
    { v = { x = 1; }; }
  ];
  read = r: r.config.v.imports;
}
