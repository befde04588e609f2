{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.int; }; }
    { v = "x"; }
  ];
  read = r: (r.extendModules { prefix = [ "p" ]; }).config.v;
}
