{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.listOf (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; options.l = mkOption { type = types.listOf types.int; default = [ ]; }; })); }; }
    { s = [ { l = [ 1 ]; } (mkIf false { l = [ 2 ]; }) ]; }
    { s = mkAfter [ { l = [ 3 ]; } ]; }
  ];
  read = r: map (e: e.l) r.config.s;
}
