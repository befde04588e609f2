{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.submodule { options.x = mkOption { type = types.int; }; }; }; }
    { v = { x = 1; }; }
  ];
  read = r: r.config.v;
}
