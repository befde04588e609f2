{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkForce (mkIf true 3); }
    { a = 4; }
  ];
  read = r: r.config.a;
}
