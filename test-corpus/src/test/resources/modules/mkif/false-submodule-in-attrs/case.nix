{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.attrsOf (types.submodule { options.b = mkOption { type = types.int; }; }); }; }; }
    { s.one = mkIf false { b = 1; }; }
    { s.two.b = 2; }
  ];
  read = r: r.config.s;
}
