{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.attrsOf types.int; default = { x = 1; }; }; }; }
    { s.y = 4; }
  ];
  read = r: r.config.s;
}
