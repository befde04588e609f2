{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.lines; }; }
    { v = "a"; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
