{ lib }:
with lib;
{
  modules = [
    { options = { x.v = mkOption { type = types.int; }; }; }
    { x.v = mkIf false 1; }
  ];
  read = r: r.config.x.v;
}
