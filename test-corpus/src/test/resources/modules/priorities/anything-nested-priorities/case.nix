{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v.a.b = mkDefault 1; v.a.c = 3; }
    { v.a.b = 2; }
  ];
  read = r: r.config.v;
}
