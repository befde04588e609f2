{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ ]; }; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
