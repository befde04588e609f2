{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { default = null; }; options.w = mkOption { default = null; }; config.v = 1; w = 2; z = 3; }
  ];
  read = r: r.config;
}
