{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.commas; }; }
    { v = "a"; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
