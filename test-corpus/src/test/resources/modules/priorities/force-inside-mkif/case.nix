{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkIf true (mkForce 3); }
    { a = 4; }
  ];
  read = r: r.config.a;
}
