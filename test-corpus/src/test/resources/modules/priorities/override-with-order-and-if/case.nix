{ lib }:
with lib;
{
  modules = [
    { options.l = mkOption { type = types.listOf types.int; }; }
    { l = mkIf true (mkForce (mkAfter [ 3 ])); }
    { l = mkForce [ 1 ]; }
    { l = [ 0 ]; }
  ];
  read = r: r.config.l;
}
