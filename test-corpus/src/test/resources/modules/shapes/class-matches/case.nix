{ lib }:
with lib;
{
  modules = [
    { _class = "demo"; options.v = mkOption { default = null; }; options.w = mkOption { default = null; }; config.v = 1; }
  ];
  read = r: r.config;
  class = "demo";
}
