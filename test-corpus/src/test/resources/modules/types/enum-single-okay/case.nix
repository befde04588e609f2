{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ "only" ]; }; }
    { v = "only"; }
  ];
  read = r: r.config.v;
}
