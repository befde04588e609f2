{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    { v = "a"; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
