{ lib }:
with lib;
{
  modules = [
    { options.aa = mkOption { }; options.ab = mkOption { }; options.ac = mkOption { }; options.zzzzz = mkOption { }; }
    { ax = 1; }
  ];
  read = r: r.config;
}
