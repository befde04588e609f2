{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.externalPath; }; }
    { v = "/etc/x"; }
  ];
  read = r: r.config.v;
}
