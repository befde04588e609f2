{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.uniq (types.listOf types.int); }; }
    { v = [ 1 ]; }
    { v = [ 1 ]; }
  ];
  read = r: r.config.v;
}
