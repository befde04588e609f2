{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = 1; }
    { a = mkForce 2; }
    { a = 3; }
  ];
  read = r: r.config.a;
}
