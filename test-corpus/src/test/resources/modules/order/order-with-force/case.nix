{ lib }:
with lib;
{
  modules = [
    { options = { l = mkOption { type = types.listOf types.str; }; }; }
    { l = mkForce (mkAfter [ "f1" ]); }
    { l = mkForce [ "f2" ]; }
    { l = [ "dropped" ]; }
  ];
  read = r: r.config.l;
}
