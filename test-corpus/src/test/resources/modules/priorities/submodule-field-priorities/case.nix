{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.submodule { options.x = mkOption { type = types.int; }; options.y = mkOption { type = types.int; }; }; }; }; }
    { s.x = mkDefault 1; }
    { s.x = 2; }
    { s.y = mkForce 5; }
    { s.y = 6; }
  ];
  read = r: r.config.s;
}
