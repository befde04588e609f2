{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ "a" "b" 3 true ]; }; }
    { v = "c"; }
  ];
  read = r: r.config.v;
}
