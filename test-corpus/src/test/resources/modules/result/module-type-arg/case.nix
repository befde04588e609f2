{ lib }:
with lib;
{
  modules = [
    ({ moduleType, ... }: { options.d = mkOption { default = moduleType.description; }; })
  ];
  read = r: r.config.d;
}
