{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.either types.int types.str; }; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
