{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    ({ name, ... }: { v = name; })
  ];
  read = r: r.config.v;
}
