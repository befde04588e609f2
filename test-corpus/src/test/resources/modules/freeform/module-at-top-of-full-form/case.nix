{ lib }:
with lib;
{
  modules = [
    { _module.check = false; options.a = mkOption { default = 1; }; }
    { undeclared = 2; }
  ];
  read = r: r.config;
}
