{ lib }:
with lib;
{
  modules = [
    { options.a.b = mkOption { default = 1; }; options.a.c = mkOption { default = 2; }; }
  ];
  read = r: builtins.attrNames r.options.a;
}
