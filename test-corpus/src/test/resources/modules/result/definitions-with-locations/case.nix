{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { type = types.int; default = 0; }; }
    { a = mkForce 3; }
    { _file = "named.nix"; a = mkForce 3; }
  ];
  read = r: r.options.a.definitionsWithLocations;
}
