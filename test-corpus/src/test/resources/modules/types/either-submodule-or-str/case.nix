{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.either types.str (types.submodule { options.x = mkOption { default = 1; }; }); }; }
    { v = { x = 2; }; }
  ];
  read = r: r.config.v;
}
