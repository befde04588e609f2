{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.deferredModule; }; }
    { options.v = mkOption { type = types.deferredModuleWith { staticModules = [ { options.s = mkOption { default = "static"; }; } ]; }; }; }
    { v.s = "defined"; }
  ];
  read = r: (evalModules { modules = [ r.config.v ]; }).config.s;
}
