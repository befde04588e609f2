{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ "a" ]; }; }
    { options.v = mkOption { type = types.enum [ "b" ]; }; }
    { v = "b"; }
  ];
  read = r: { inherit (r.config) v; t = r.options.v.type.description; };
}
