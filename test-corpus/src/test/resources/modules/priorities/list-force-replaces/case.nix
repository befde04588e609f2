{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.int; }; }; }
    { l = [ 1 ]; }
    { l = mkForce [ 2 ]; }
    { l = [ 3 ]; }
  ];
  read = r: r.config.l;
}
