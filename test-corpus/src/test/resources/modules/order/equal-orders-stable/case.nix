{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = mkBefore [ "x" ]; }
    { l = mkBefore [ "y" ]; }
    { l = mkAfter [ "p" ]; }
    { l = mkAfter [ "q" ]; }
  ];
  read = r: r.config.l;
}
