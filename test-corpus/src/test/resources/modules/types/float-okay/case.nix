{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.float; }; }
    { v = 1.5; }
  ];
  read = r: r.config.v;
}
