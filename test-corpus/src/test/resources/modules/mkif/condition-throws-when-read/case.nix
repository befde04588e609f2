{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; options.b = mkOption { default = 2; }; }
    { a = mkIf (throw "condition evaluated") 5; }
  ];
  read = r: r.config.a;
}
