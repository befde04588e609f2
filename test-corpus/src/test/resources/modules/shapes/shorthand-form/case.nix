{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { default = null; }; options.w = mkOption { default = null; }; }
    { v = 1; w = 2; }
  ];
  read = r: r.config;
}
