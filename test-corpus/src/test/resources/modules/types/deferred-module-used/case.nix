{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.deferredModule; }; }
    { v = { options.x = mkOption { default = 7; }; }; }
    { v = { x = 8; }; }
  ];
  read = r: (evalModules { modules = [ r.config.v ]; }).config.x;
}
