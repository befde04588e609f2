{ lib }:
with lib;
{
  modules = [
    { options = { b.x = mkOption { type = types.int; }; b.y = mkOption { type = types.int; }; }; }
    { b = mkForce { x = 1; y = 2; }; }
    { b.x = 5; }
    { b.y = 6; }
  ];
  read = r: r.config.b;
}
