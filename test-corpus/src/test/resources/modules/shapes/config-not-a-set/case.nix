{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { default = null; }; options.w = mkOption { default = null; }; }
    { config = 5; }
  ];
  read = r: r.config;
}
