{ lib }:
with lib;
{
  modules = [
    { key = "my-key"; options.v = mkOption { default = null; }; options.w = mkOption { default = null; }; w = 2; }
  ];
  read = r: r.config;
}
