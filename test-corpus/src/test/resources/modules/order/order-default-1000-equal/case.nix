{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = mkOrder 1000 [ "o" ]; }
    { l = [ "p" ]; }
  ];
  read = r: r.config.l;
}
