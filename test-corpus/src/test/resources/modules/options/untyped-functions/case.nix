{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    { v = x: [ x ]; }
    { v = x: [ (x + 1) ]; }
  ];
  read = r: r.config.v 1;
}
