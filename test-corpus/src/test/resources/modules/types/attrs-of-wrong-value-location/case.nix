{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf (types.listOf types.int); }; }
    { v = { a = [ "x" ]; }; }
  ];
  read = r: r.config.v;
}
