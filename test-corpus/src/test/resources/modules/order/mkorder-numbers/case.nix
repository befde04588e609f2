{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = mkOrder 1200 [ "c" ]; }
    { l = mkOrder 800 [ "b" ]; }
    { l = mkOrder 100 [ "a" ]; }
    { l = [ "mid" ]; }
  ];
  read = r: r.config.l;
}
