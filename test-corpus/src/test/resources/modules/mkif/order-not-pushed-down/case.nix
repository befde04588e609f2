{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
    { config = mkOrder 500 { a = 2; }; }
  ];
  read = r: r.config;
}
