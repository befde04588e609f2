{ lib }:
with lib;
{
  modules = [
    { config._module.check = false; options.a = mkOption { default = 1; }; }
    { undeclared = 2; }
  ];
  read = r: r.config;
}
