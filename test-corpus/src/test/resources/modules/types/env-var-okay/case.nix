{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.envVar; }; }
    { v = "/bin"; }
    { v = "/usr/bin"; }
  ];
  read = r: r.config.v;
}
