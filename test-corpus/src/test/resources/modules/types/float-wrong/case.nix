{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.float; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
