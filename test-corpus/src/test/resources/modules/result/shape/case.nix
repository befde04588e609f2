{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
  ];
  read = r: builtins.attrNames r;
}
