{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf (types.either types.int types.str); }; }
    { v.a = 1; v.b = "x"; }
  ];
  read = r: r.config.v;
}
