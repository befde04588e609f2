{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf types.int; }; }
    { v = { bad = throw "evaluated to check mkIf"; good = 1; }; }
  ];
  read = r: r.config.v.good;
}
