{ lib }:
with lib;
{
  modules = [
    { freeformType = types.lazyAttrsOf types.anything; }
    { x.y = 1; }
    { x.z = [ 2 ]; }
  ];
  read = r: r.config;
}
