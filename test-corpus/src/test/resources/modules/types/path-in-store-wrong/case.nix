{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.pathInStore; }; }
    { v = "/etc/x"; }
  ];
  read = r: r.config.v;
}
