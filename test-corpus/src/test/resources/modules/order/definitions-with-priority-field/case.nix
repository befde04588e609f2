{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = mkBefore [ "b" ]; }
    { l = [ "x" ]; }
  ];
  read = r: map (d: d.priority or null) r.options.l.definitionsWithLocations;
}
