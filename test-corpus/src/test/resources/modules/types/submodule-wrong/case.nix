{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.submodule { options.x = mkOption { type = types.int; }; }; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
