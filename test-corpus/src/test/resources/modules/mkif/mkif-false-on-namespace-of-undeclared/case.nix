{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
    { b = mkIf false { c = 1; }; }
  ];
  read = r: r.config;
}
