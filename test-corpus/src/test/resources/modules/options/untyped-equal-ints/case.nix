{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    { v = 3; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
