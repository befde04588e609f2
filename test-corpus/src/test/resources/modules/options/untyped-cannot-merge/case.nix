{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    { v = 3; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
