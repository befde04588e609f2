{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkOverride 0 9; }
    { a = mkVMOverride 1; }
  ];
  read = r: r.config.a;
}
