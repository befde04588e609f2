{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
    (_: mkIf true { a = 2; })
  ];
  read = r: r.config.a;
}
