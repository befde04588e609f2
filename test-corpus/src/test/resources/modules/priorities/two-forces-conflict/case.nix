{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkForce 1; }
    { a = mkForce 2; }
  ];
  read = r: r.config.a;
}
