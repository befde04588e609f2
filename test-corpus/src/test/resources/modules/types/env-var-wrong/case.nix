{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.envVar; }; }
    { v = null; }
  ];
  read = r: r.config.v;
}
