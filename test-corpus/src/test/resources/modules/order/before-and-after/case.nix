{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = [ "m1" ]; }
    { l = mkAfter [ "a" ]; }
    { l = mkBefore [ "b" ]; }
    { l = [ "m2" ]; }
  ];
  read = r: r.config.l;
}
