{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
    { b = 2; }
  ];
  read = r: r.options.a.value;
}
