{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.attrsOf types.int; }; }; }
    { s.a = mkIf false 1; }
    { s.b = 2; }
  ];
  read = r: r.config.s;
}
