{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nonEmptyListOf types.int; }; }
    { v = [ ]; }
  ];
  read = r: r.config.v;
}
