{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = [ "first" ]; }
    { l = [ "second" ]; }
    { l = [ "third" ]; }
  ];
  read = r: r.config.l;
}
