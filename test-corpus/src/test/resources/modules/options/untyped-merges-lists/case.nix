{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    { v = [ 1 ]; }
    { v = [ 2 ]; }
  ];
  read = r: r.config.v;
}
