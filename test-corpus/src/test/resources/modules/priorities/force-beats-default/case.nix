{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkForce 7; }
    { a = mkDefault 8; }
  ];
  read = r: r.config.a;
}
