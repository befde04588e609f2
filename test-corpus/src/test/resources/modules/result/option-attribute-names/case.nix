{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; type = types.int; }; }
  ];
  read = r: builtins.attrNames r.options.a;
}
