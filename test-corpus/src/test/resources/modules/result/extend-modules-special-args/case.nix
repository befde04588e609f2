{ lib }:
with lib;
{
  modules = [
    ({ a, ... }: { options.v = mkOption { default = a; }; })
  ];
  read = r: (r.extendModules { specialArgs.a = "extended"; }).config.v;
  specialArgs.a = "base";
}
