{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v = { a = mkIf false 1; b = mkIf true 2; c.d = mkForce 3; }; }
    { v = { c.d = 4; }; }
  ];
  read = r: r.config.v;
}
