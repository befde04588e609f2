{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.either types.int types.str; }; }
    { v = 1; }
    { v = "a"; }
  ];
  read = r: r.config.v;
}
