{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.uniq types.int; }; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
