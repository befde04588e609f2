{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.functionTo (types.submodule { options.x = mkOption { type = types.int; }; }); }; }
    { v = n: { x = n; }; }
  ];
  read = r: (r.config.v 7).x;
}
