{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.attrsOf types.int; }; }; }
    { s = mkDefault { x = 1; }; }
    { s.x = 2; }
  ];
  read = r: r.config.s;
}
