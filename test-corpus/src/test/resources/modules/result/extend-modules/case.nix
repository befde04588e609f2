{ lib }:
with lib;
{
  modules = [
    { options.l = mkOption { type = types.listOf types.int; }; config.l = [ 1 ]; }
  ];
  read = r: (r.extendModules { modules = [ { l = [ 2 ]; } ]; }).config.l;
}
