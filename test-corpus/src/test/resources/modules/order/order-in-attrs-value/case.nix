{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.attrsOf (types.listOf types.str); }; }; }
    { s.k = mkAfter [ "z" ]; }
    { s.k = [ "a" ]; }
  ];
  read = r: r.config.s;
}
