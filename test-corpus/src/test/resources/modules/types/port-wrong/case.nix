{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.port; }; }
    { v = 70000; }
  ];
  read = r: r.config.v;
}
