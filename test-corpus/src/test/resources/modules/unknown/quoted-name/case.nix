{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { }; }
    { "b c" = 1; }
  ];
  read = r: r.config;
}
