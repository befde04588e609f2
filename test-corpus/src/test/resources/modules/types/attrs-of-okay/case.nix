{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf types.int; }; }
    { v = { a = 1; }; }
    { v = { b = 2; }; }
  ];
  read = r: r.config.v;
}
