{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.port; }; }
    { v = 8080; }
  ];
  read = r: r.config.v;
}
