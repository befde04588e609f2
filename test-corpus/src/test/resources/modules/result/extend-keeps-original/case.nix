{ lib }:
with lib;
{
  modules = [
    { options.l = mkOption { type = types.listOf types.int; }; config.l = [ 1 ]; }
  ];
  read = r: let e = r.extendModules { modules = [ { l = [ 2 ]; } ]; }; in [ r.config.l e.config.l ];
}
