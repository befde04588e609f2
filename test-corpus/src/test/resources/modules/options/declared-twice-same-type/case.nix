{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.int; }; }
    { options.v = mkOption { type = types.int; description = "d"; }; }
    { v = 3; }
  ];
  read = r: { inherit (r.config) v; inherit (r.options.v) description; };
}
