{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf types.int; }; }
    { options.v = mkOption { default = [ 0 ]; }; }
    { v = mkDefault [ 1 ]; }
  ];
  read = r: { inherit (r.config) v; d = builtins.length r.options.v.declarations; };
}
