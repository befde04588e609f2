{ lib }:
with lib;
{
  modules = [
    { options.n.v = mkOption { }; }
    { n = 5; }
  ];
  read = r: r.config;
}
