{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v = [ 1 2 ]; }
    { v = [ 1 2 ]; }
  ];
  read = r: r.config.v;
}
