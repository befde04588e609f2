{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = mkIf true (mkBefore [ "b" ]); }
    { l = [ "x" ]; }
  ];
  read = r: r.config.l;
}
