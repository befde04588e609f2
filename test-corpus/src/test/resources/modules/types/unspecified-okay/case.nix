{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.unspecified; }; }
    { v = [ 1 ]; }
    { v = [ 2 ]; }
  ];
  read = r: r.config.v;
}
