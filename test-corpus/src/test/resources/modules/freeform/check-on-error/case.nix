{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
    { undeclared = 2; }
  ];
  read = r: r.config;
}
