{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    { v = false; }
    { v = true; }
  ];
  read = r: r.config.v;
}
