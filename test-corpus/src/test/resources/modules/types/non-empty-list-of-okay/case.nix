{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nonEmptyListOf types.int; }; }
    { v = [ 1 ]; }
  ];
  read = r: r.config.v;
}
