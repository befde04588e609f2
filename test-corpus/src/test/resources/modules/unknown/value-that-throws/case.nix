{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { }; }
    { b = throw "not shown"; }
  ];
  read = r: r.config;
}
