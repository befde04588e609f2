{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.attrsOf types.int; }; }; }
    { s.x = mkForce 1; }
    { s.x = 2; }
    { s.y = mkDefault 3; }
    { s.y = 4; }
  ];
  read = r: r.config.s;
}
