{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { }; }
    { b = { c = 1; d = 2; e = 3; f = 4; g = 5; }; }
  ];
  read = r: r.config;
}
