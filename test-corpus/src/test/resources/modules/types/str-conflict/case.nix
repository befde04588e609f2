{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.str; }; }
    { v = "a"; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
