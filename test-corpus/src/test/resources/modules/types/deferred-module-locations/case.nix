{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.deferredModule; }; }
    { v = { }; }
  ];
  read = r: map (m: m._file) r.config.v.imports;
}
