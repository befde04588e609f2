{ lib }:
with lib;
{
  modules = [
    { options.enable = mkOption { }; options.package = mkOption { }; }
    { enabel = true; }
  ];
  read = r: r.config;
}
