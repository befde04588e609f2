{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ "a" "b" 3 true ]; }; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
