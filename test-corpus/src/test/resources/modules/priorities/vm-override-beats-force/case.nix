{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkForce 1; }
    { a = mkVMOverride 2; }
  ];
  read = r: r.config.a;
}
