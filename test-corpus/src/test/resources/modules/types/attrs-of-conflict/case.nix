{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrsOf types.str; }; }
    { v = { a = "x"; }; }
    { v = { a = "y"; }; }
  ];
  read = r: r.config.v;
}
