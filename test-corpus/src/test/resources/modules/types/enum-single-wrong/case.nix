{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ "only" ]; }; }
    { v = "other"; }
  ];
  read = r: r.config.v;
}
